import { Router } from 'express';
import type { AppDeps } from '../deps.ts';

/** Routes of /api/v1 for ledger. */
export function ledgerRouter(_deps: AppDeps): Router {
  const router = Router();
  return router;
}
