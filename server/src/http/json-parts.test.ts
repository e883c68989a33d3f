import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendJsonInParts } from './json-parts.ts';

describe('sendJsonInParts', () => {
  const rows = Array.from({ length: 2_500 }, (_, k) => ({ k, text: `line "${k}", ok` }));
  let base = '';
  let close: () => void = () => {};
  beforeAll(async () => {
    const app = express();
    app.get('/some/:slice', async (req, res) => {
      await sendJsonInParts(res, { asOf: '2026-01-01', rows, totals: [{ n: 1 }] }, 'rows', {
        slice: Number(req.params.slice),
      });
    });
    app.get('/written', async (_req, res) => {
      const written = rows.map((row) => JSON.stringify(row));
      await sendJsonInParts(res, { rows: written, n: 2 }, 'rows', { slice: 333, written: true });
    });
    app.get('/none', async (_req, res) => {
      await sendJsonInParts(res, { rows: [] as unknown[] }, 'rows');
    });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  });
  afterAll(() => close());

  it('writes the same JSON as one piece would, whatever the slice', async () => {
    for (const slice of [1, 7, 2_000, 10_000]) {
      const res = await fetch(`${base}/some/${slice}`);
      expect(res.headers.get('content-type')).toContain('application/json');
      expect(await res.json()).toEqual({ asOf: '2026-01-01', rows, totals: [{ n: 1 }] });
    }
  });

  it('sends items the database wrote as JSON as they are, not as strings', async () => {
    expect(await (await fetch(`${base}/written`)).json()).toEqual({ rows, n: 2 });
  });

  it('writes an empty list and an object with nothing else', async () => {
    expect(await (await fetch(`${base}/none`)).json()).toEqual({ rows: [] });
  });
});
