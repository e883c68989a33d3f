import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { describe, expect, it } from 'vitest';
import { createAppServer } from './app-server.ts';

describe('createAppServer', () => {
  it("builds each request and response on the app's own prototypes", async () => {
    const app = express();
    app.get('/who', (req, res) => {
      res.json({ ip: req.ip, path: req.path, query: req.query });
    });
    const seen: { request: boolean; response: boolean }[] = [];
    const server = createAppServer(app);
    // Looks at each request before Express does anything to it.
    server.prependListener('request', (req: IncomingMessage, res: ServerResponse) => {
      seen.push({
        request: Object.getPrototypeOf(req) === app.request,
        response: Object.getPrototypeOf(res) === app.response,
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as { port: number };
      const answer = await fetch(`http://127.0.0.1:${port}/who?x=1`);
      expect(answer.status).toBe(200);
      // Express's request and response methods still work on them.
      expect(await answer.json()).toEqual({ ip: '127.0.0.1', path: '/who', query: { x: '1' } });
      expect(seen).toEqual([{ request: true, response: true }]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('serves HTTPS with the certificate and key it is given', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'relance-tls-'));
    try {
      execFileSync('openssl', [
        ...['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'],
        ...['-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '1'],
        ...['-subj', '/CN=localhost', '-addext', 'subjectAltName=IP:127.0.0.1'],
      ]);
      const cert = readFileSync(join(dir, 'cert.pem'));
      const app = express();
      app.get('/secure', (req, res) => {
        res.json({ secure: req.secure, protocol: req.protocol });
      });
      const server = createAppServer(app, { cert, key: readFileSync(join(dir, 'key.pem')) });
      let bornWithPrototype = false;
      server.prependListener('request', (req: IncomingMessage) => {
        bornWithPrototype = Object.getPrototypeOf(req) === app.request;
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      try {
        const { port } = server.address() as { port: number };
        // Trusting only the certificate made above: the request fails unless it is the one served.
        const body = await new Promise<string>((resolve, reject) => {
          const sent = request({ host: '127.0.0.1', port, path: '/secure', ca: cert }, (res) => {
            let text = '';
            res.setEncoding('utf8');
            res.on('data', (chunk: string) => (text += chunk));
            res.on('end', () => resolve(text));
          });
          sent.on('error', reject);
          sent.end();
        });
        expect(JSON.parse(body)).toEqual({ secure: true, protocol: 'https' });
        expect(bornWithPrototype).toBe(true);
      } finally {
        await new Promise((resolve) => server.close(resolve));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
