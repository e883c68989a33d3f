import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import express, { Router } from 'express';
import type { Request, Response } from 'express';
import type { AppDeps } from '../deps.ts';

/** Where webpack writes the Outlook pane, and the committed icons and stylesheets. */
export const OUTLOOK_DIST = fileURLToPath(new URL('../../../addin-outlook/dist/', import.meta.url));
const OUTLOOK_ASSETS = fileURLToPath(new URL('../../../addin-outlook/assets/', import.meta.url));
const OUTLOOK_PUBLIC = fileURLToPath(new URL('../../../addin-outlook/public/', import.meta.url));

// Outlook frames the pane from these origins (Outlook on the web, new Outlook, Microsoft 365).
const OUTLOOK_FRAME_ANCESTORS = [
  "'self'",
  'https://*.office.com',
  'https://*.office365.com',
  'https://*.outlook.com',
  'https://outlook.live.com',
  'https://*.microsoft.com',
];

// The pane loads Office.js (and what it pulls in) from Microsoft's CDN and talks to this server
// and, for Nested App Authentication, to Microsoft's sign-in. Fluent's style engine writes
// <style> elements at run time, hence 'unsafe-inline' for styles only; no inline scripts.
const PANE_CSP = [
  "default-src 'self'",
  "script-src 'self' https://appsforoffice.microsoft.com",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self' https://login.microsoftonline.com",
  "frame-src 'self' https://appsforoffice.microsoft.com https://login.microsoftonline.com",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  `frame-ancestors ${OUTLOOK_FRAME_ANCESTORS.join(' ')}`,
].join('; ');

// The preview runs the same bundle after a fake Office: nothing from outside, never framed.
const PREVIEW_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

function sendPage(res: Response, file: string, csp: string): void {
  if (!existsSync(file)) {
    res
      .status(503)
      .type('text/plain')
      .send('The Outlook pane is not built yet: run `npm run build:web` (npm start does it).');
    return;
  }
  res.set('Content-Security-Policy', csp);
  res.set('Referrer-Policy', 'same-origin');
  res.set('Cache-Control', 'no-cache');
  res.sendFile(file);
}

function requestOrigin(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}

/**
 * The Outlook pane at /outlook/ (taskpane.html, commands.html, help, icons, bundles), its
 * unauthenticated config at /outlook/config.json, and the preview host at /preview/outlook.
 */
export function outlookWeb(deps: AppDeps, dist: string = OUTLOOK_DIST): Router {
  const router = Router();

  router.get('/outlook/config.json', (req, res) => {
    res.set('Cache-Control', 'no-store').json({
      microsoftClientId: deps.config.microsoft?.clientId ?? null,
      // The pane is served by the API's own server, so the API lives where the pane came from.
      apiBaseUrl: requestOrigin(req),
    });
  });

  for (const page of ['taskpane', 'commands'] as const) {
    router.get(`/outlook/${page}.html`, (_req, res) =>
      sendPage(res, `${dist}${page}.html`, PANE_CSP),
    );
  }
  router.get(['/outlook', '/outlook/'], (_req, res) => res.redirect(302, '/outlook/taskpane.html'));
  router.get('/outlook/help.html', (_req, res) =>
    sendPage(res, `${OUTLOOK_PUBLIC}help.html`, PREVIEW_CSP),
  );
  router.get(['/preview/outlook', '/preview/outlook/'], (_req, res) =>
    sendPage(res, `${dist}preview.html`, PREVIEW_CSP),
  );

  router.use('/outlook/assets', express.static(OUTLOOK_ASSETS, { index: false, maxAge: '1d' }));
  router.get(['/outlook/pane.css', '/outlook/preview.css'], (req, res) => {
    res.set('Cache-Control', 'no-cache').sendFile(`${OUTLOOK_PUBLIC}${req.path.split('/').pop()}`);
  });
  router.use(
    '/outlook',
    express.static(dist, {
      index: false,
      setHeaders: (res, path) => {
        // Bundles carry a content hash in their names: cache them for good.
        if (/\.[0-9a-f]{8}\.js$/.test(path)) {
          res.set('Cache-Control', 'public, max-age=31536000, immutable');
        }
      },
    }),
  );
  return router;
}
