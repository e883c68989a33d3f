import { invalidField } from '../http/errors.ts';

/** The position after the last row of a page: its sort key and id. */
export interface PagePosition {
  key: string;
  id: string;
}

/** Encodes a page position as an opaque cursor. */
export function encodeCursor(position: PagePosition): string {
  return Buffer.from(JSON.stringify([position.key, position.id]), 'utf8').toString('base64url');
}

/** Decodes a cursor made by `encodeCursor`; anything else is a 400 naming `cursor`. */
export function decodeCursor(cursor: string): PagePosition {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      typeof parsed[0] === 'string' &&
      typeof parsed[1] === 'string'
    ) {
      return { key: parsed[0], id: parsed[1] };
    }
  } catch {
    // Falls through to the 400 below.
  }
  throw invalidField('cursor', 'is not a cursor this API gave');
}

/** Splits `limit + 1` fetched rows into a page and the cursor of the next one. */
export function pageOf<Row extends { id: string }>(
  rows: Row[],
  limit: number,
  keyOf: (row: Row) => string,
): { rows: Row[]; nextCursor: string | null } {
  if (rows.length <= limit) return { rows, nextCursor: null };
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return { rows: page, nextCursor: last ? encodeCursor({ key: keyOf(last), id: last.id }) : null };
}
