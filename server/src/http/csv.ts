import type { Request, Response } from 'express';
import type { z } from 'zod';
import { fromZodError, invalidField } from './errors.ts';

/** One column of a CSV export: its header and how a row gives the cell. */
export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => string | number | boolean | null | undefined;
}

// A spreadsheet runs a cell starting with one of these as a formula (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/** Turns one cell into CSV text: formula starts defused, quoted when it holds , " or a newline. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Renders rows as CSV (RFC 4180, CRLF line ends) with a header row. */
export function toCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  const lines = [columns.map((c) => csvCell(c.header)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(c.value(row))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** The format a list route answers in: JSON unless `?format=csv`; another value is a 400. */
export function listFormat(req: Request): 'json' | 'csv' {
  const format = req.query.format;
  if (format === undefined || format === 'json') return 'json';
  if (format === 'csv') return 'csv';
  throw invalidField('format', 'must be json or csv');
}

/** Parses a list route's query with a strict schema, leaving out the `format` parameter. */
export function parseListQuery<T extends z.ZodType>(schema: T, req: Request): z.infer<T> {
  const query: Record<string, unknown> = { ...(req.query as Record<string, unknown>) };
  delete query.format;
  const result = schema.safeParse(query);
  if (!result.success) throw fromZodError(result.error, 'query');
  return result.data;
}

/** Answers a list as a CSV download named `filename`. */
export function sendCsv<Row>(
  res: Response,
  filename: string,
  columns: readonly CsvColumn<Row>[],
  rows: readonly Row[],
): void {
  res
    .status(200)
    .type('text/csv; charset=utf-8')
    .set('Content-Disposition', `attachment; filename="${filename}"`)
    .send(toCsv(columns, rows));
}
