import { Router } from 'express';
import type { AppDeps } from '../deps.ts';

/** Routes of /api/v1 for worklist. */
export function worklistRouter(_deps: AppDeps): Router {
  const router = Router();
  return router;
}
