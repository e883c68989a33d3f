import type { Response } from 'express';

/**
 * Answers `body` as JSON with its long list under `key` written a slice at a time, waiting
 * for the socket to drain between slices: a report of tens of thousands of rows is never held
 * as one string, nor as one buffer beside it. The list comes first in the object. With
 * `written`, the list's items are JSON texts already (the database wrote them) and go as they are.
 */
export async function sendJsonInParts<T extends object>(
  res: Response,
  body: T,
  key: keyof T & string,
  options: { slice?: number; written?: boolean } = {},
): Promise<void> {
  const slice = options.slice ?? 2_000;
  const serialize = options.written
    ? (item: unknown) => item as string
    : (item: unknown) => JSON.stringify(item);
  const list = body[key] as unknown[];
  const rest = JSON.stringify({ ...body, [key]: undefined });
  res.status(200).type('json');

  res.write(`{${JSON.stringify(key)}:[`);
  for (let at = 0; at < list.length && !res.destroyed; at += slice) {
    const part = list.slice(at, at + slice).map(serialize);
    const text = `${at === 0 ? '' : ','}${part.join(',')}`;
    if (!res.write(text)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          res.off('drain', done);
          res.off('close', done);
          resolve();
        };
        res.on('drain', done);
        res.on('close', done);
      });
    }
  }
  res.end(rest === '{}' ? ']}' : `],${rest.slice(1)}`);
}
