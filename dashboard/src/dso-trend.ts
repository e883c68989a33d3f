import type { DsoTrendReport } from '@relance/shared';

/** One month end of the DSO trend, as the chart draws it. */
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

/** Turns GET /reports/dso-trend into chart points labelled by month, oldest first. */
export function readDsoTrend(report: DsoTrendReport): DsoTrend {
  return {
    method: `${report.method.dsoStandard} · ${report.method.dsoCountback}`,
    points: report.points.map((p) => ({
      month: p.monthEnd.slice(0, 7),
      standard: p.dsoStandard,
      countback: p.dsoCountback,
    })),
  };
}
