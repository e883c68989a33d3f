import type { Request } from 'express';
import type { z } from 'zod';
import { fromZodError } from './errors.ts';

/** Parses the JSON body with a wire schema; a failure is a 400 naming each field. */
export function parseBody<T extends z.ZodType>(schema: T, req: Request): z.infer<T> {
  const result = schema.safeParse(req.body ?? {});
  if (!result.success) throw fromZodError(result.error, 'body');
  return result.data;
}

/** Parses the query string with a wire schema; a failure is a 400 naming each parameter. */
export function parseQuery<T extends z.ZodType>(schema: T, req: Request): z.infer<T> {
  const result = schema.safeParse(req.query);
  if (!result.success) throw fromZodError(result.error, 'query');
  return result.data;
}
