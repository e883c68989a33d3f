import type { DsoTrendReport } from '@relance/shared';

/** One month end of the DSO trend, as the chart draws it. */
export interface DsoPoint {
  month: string;
  standard: number | null;
  countback: number | null;
}

/** The DSO trend as the chart draws it. */
export interface DsoTrend {
  points: DsoPoint[];
}

/** Turns GET /reports/dso-trend into chart points labelled by month, oldest first. */
export function readDsoTrend(report: DsoTrendReport): DsoTrend {
  return {
    points: report.points.map((p) => ({
      month: p.monthEnd.slice(0, 7),
      standard: p.dsoStandard,
      countback: p.dsoCountback,
    })),
  };
}
