import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Router } from 'express';
import type { AppDeps } from '../deps.ts';
import { previewGmailRouter } from '../gmail/preview-gmail.ts';

const PREVIEW_DIR = fileURLToPath(new URL('../../../addon-gmail/preview/', import.meta.url));

// One page, no inline script or style: the renderer and its styles are files of their own.
const PAGE = `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Relance · Gmail preview</title>
<link rel="icon" href="/preview/gmail/logo.png">
<link rel="stylesheet" href="/preview/gmail/preview.css">
<script type="module" src="/preview/gmail/preview.js"></script>
</head>
<body>
<div class="top">
  <h1>Gmail · Relance preview</h1>
  <label>User <select id="user"></select></label>
  <label>Language <select id="locale"><option value="fr">Français</option><option value="en">English</option></select></label>
  <button type="button" class="btn" id="new-draft">New draft</button>
</div>
<div class="layout">
  <nav class="list" aria-label="Inbox"><ul id="messages"></ul></nav>
  <main class="main-pane">
    <article id="reader" hidden>
      <h2 id="reader-subject"></h2>
      <p id="reader-from"></p>
      <pre id="reader-body"></pre>
    </article>
    <section id="compose" hidden>
      <label class="field"><span>To</span><input id="draft-to"></label>
      <button type="button" class="btn" id="draft-refresh">Update recipients</button>
      <div id="draft-body" aria-label="Draft body"></div>
    </section>
  </main>
  <aside id="sidebar" aria-label="Relance add-on">
    <div class="sidebar-bar">
      <button type="button" class="btn" id="back" hidden>←</button>
      <button type="button" class="btn" id="home">Home</button>
      <button type="button" class="btn" id="settings">⚙</button>
    </div>
    <div id="card"></div>
  </aside>
</div>
<div id="toast" role="status" hidden></div>
</body>
</html>
`;

const ASSETS: Record<string, string> = {
  'preview.js': 'text/javascript; charset=utf-8',
  'preview.css': 'text/css; charset=utf-8',
  'logo.png': 'image/png',
};

/**
 * The Gmail add-on's front-facing files: its logo (named by deployment.json), and in demo
 * mode the preview at /preview/gmail, a card renderer beside a fake mailbox.
 */
export function gmailWeb(deps: AppDeps): Router {
  const router = Router();
  router.get('/preview/gmail/:asset', (req, res, next) => {
    const type = ASSETS[req.params.asset];
    if (!type || (req.params.asset !== 'logo.png' && !deps.config.demo)) {
      next();
      return;
    }
    res
      .type(type)
      .set('Cache-Control', 'no-cache')
      .send(readFileSync(`${PREVIEW_DIR}${req.params.asset}`));
  });
  router.get('/preview/gmail', (_req, res, next) => {
    if (!deps.config.demo) {
      next();
      return;
    }
    res.type('html').set('Cache-Control', 'no-store').send(PAGE);
  });
  router.use(previewGmailRouter(deps));
  return router;
}
