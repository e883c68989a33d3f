import { Router } from 'express';
import type { AppDeps } from '../deps.ts';

/** Pages and assets of the outlook front end, mounted at the site root. */
export function outlookWeb(_deps: AppDeps): Router {
  return Router();
}
