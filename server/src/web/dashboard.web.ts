import { Router } from 'express';
import type { AppDeps } from '../deps.ts';

/** Pages and assets of the dashboard front end, mounted at the site root. */
export function dashboardWeb(_deps: AppDeps): Router {
  return Router();
}
