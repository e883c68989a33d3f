import { Router } from 'express';
import type { AppDeps } from '../deps.ts';

/** Routes of /api/v1 for context. */
export function contextRouter(_deps: AppDeps): Router {
  const router = Router();
  return router;
}
