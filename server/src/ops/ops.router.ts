import { Router } from 'express';
import { sql } from 'kysely';
import { Registry, collectDefaultMetrics, Counter, Histogram } from 'prom-client';
import type { AppDeps } from '../deps.ts';

/** Liveness, readiness and Prometheus metrics; unauthenticated, as probes need. */
export function opsRouter(deps: AppDeps): Router {
  const router = Router();
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: 'relance_http_requests_total',
    help: 'HTTP requests by method, route and status',
    labelNames: ['method', 'route', 'status'],
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'relance_http_request_duration_seconds',
    help: 'HTTP request latency by method and route',
    labelNames: ['method', 'route'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });

  router.use((req, res, next) => {
    const stop = latency.startTimer();
    res.on('finish', () => {
      // The matched route pattern, never the raw path: ids would explode the label set.
      const route =
        typeof req.route?.path === 'string' ? `${req.baseUrl}${req.route.path}` : 'unmatched';
      stop({ method: req.method, route });
      requests.inc({ method: req.method, route, status: String(res.statusCode) });
    });
    next();
  });

  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.get('/readyz', async (_req, res) => {
    try {
      await sql`select 1`.execute(deps.storage.db);
      res.json({ status: 'ready', database: deps.storage.dialect });
    } catch {
      res.status(503).json({ status: 'unavailable', database: deps.storage.dialect });
    }
  });

  router.get('/metrics', async (_req, res) => {
    res.type(registry.contentType).send(await registry.metrics());
  });
  return router;
}
