import { Router } from 'express';
import type { AppDeps } from '../deps.ts';

/** Routes of /api/v1 for customers. */
export function customersRouter(_deps: AppDeps): Router {
  const router = Router();
  return router;
}
