import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import express, { Router } from 'express';
import type { Response } from 'express';
import type { AppDeps } from '../deps.ts';

/** Where webpack writes the dashboard. */
export const DASHBOARD_DIST = fileURLToPath(new URL('../../../dashboard/dist/', import.meta.url));

// The dashboard is a same-origin page: scripts only from here, no framing by anyone. Fluent's
// style engine writes <style> elements at run time, hence 'unsafe-inline' for styles only.
const DASHBOARD_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

function pageHeaders(res: Response): void {
  res.set('Content-Security-Policy', DASHBOARD_CSP);
  res.set('X-Frame-Options', 'DENY');
  res.set('Referrer-Policy', 'same-origin');
}

/** Pages and assets of the dashboard at /app: hashed assets cached for good, every other path the app's page. */
export function dashboardWeb(_deps: AppDeps, dist: string = DASHBOARD_DIST): Router {
  const router = Router();
  const index = `${dist}index.html`;

  // Express matches /app/ as /app too, so the redirect looks at the URL as sent.
  router.get('/app', (req, res, next) => {
    if (req.originalUrl.split('?')[0] === '/app') res.redirect(301, '/app/');
    else next();
  });
  router.use(
    '/app',
    (_req, res, next) => {
      pageHeaders(res);
      next();
    },
    express.static(dist, {
      index: false,
      fallthrough: true,
      setHeaders: (res, path) => {
        res.set(
          'Cache-Control',
          /\.[0-9a-f]{8}\.js$/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    }),
  );
  // The router lives in the URL hash, so every other GET under /app is the app's one page.
  router.get(/^\/app\/.*$/, (req, res) => {
    if (/\.(js|map|css|png|svg|ico|txt)$/.test(req.path)) {
      res.status(404).type('text/plain').send('not found');
      return;
    }
    if (!existsSync(index)) {
      res
        .status(503)
        .type('text/plain')
        .send('The dashboard is not built yet: run `npm run build:web`.');
      return;
    }
    res.set('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
