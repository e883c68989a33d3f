import { Router } from 'express';
import type { AppDeps } from '../deps.ts';

/** Pages and assets of the gmail front end, mounted at the site root. */
export function gmailWeb(_deps: AppDeps): Router {
  return Router();
}
