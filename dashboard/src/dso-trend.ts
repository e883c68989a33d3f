/** One month end of the DSO trend. */
export interface DsoPoint {
  month: string;
  standard: number | null;
  countback: number | null;
}

/** The DSO trend as the chart draws it, with the methods the server says it used. */
export interface DsoTrend {
  method: string;
  points: DsoPoint[];
}

function numberOf(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (value && typeof value === 'object' && 'value' in value)
    return numberOf((value as { value: unknown }).value);
  return null;
}

function methodOf(value: unknown): string | null {
  if (value && typeof value === 'object' && 'method' in value) {
    const m = (value as { method: unknown }).method;
    return typeof m === 'string' ? m : null;
  }
  return null;
}

/**
 * Reads GET /reports/dso-trend. Each point carries a month (or as-of date) and the standard
 * and countback DSO, as numbers or as figures `{ value, method }`.
 */
export function readDsoTrend(raw: unknown): DsoTrend {
  const body = (raw ?? {}) as Record<string, unknown>;
  const list = [body.points, body.months, body.rows, body.items, raw].find(Array.isArray) as
    unknown[] | undefined;
  const methods = new Set<string>();
  if (typeof body.method === 'string') methods.add(body.method);
  const points: DsoPoint[] = (list ?? []).map((entry) => {
    const e = (entry ?? {}) as Record<string, unknown>;
    const month = String(e.month ?? e.asOf ?? e.date ?? '').slice(0, 7);
    for (const f of [e.dsoStandard, e.dsoCountback]) {
      const m = methodOf(f);
      if (m) methods.add(m);
    }
    return {
      month,
      standard: numberOf(e.dsoStandard ?? e.standard),
      countback: numberOf(e.dsoCountback ?? e.countback),
    };
  });
  return { method: [...methods].join(' · '), points };
}
