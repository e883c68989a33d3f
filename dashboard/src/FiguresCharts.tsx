import { makeStyles, tokens } from '@fluentui/react-components';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { AGING_BUCKETS, currencyExponent } from '@relance/shared';
import type { AgedBalanceReport } from '@relance/shared';
import type { DsoPoint } from './dso-trend.ts';
import { compactMoney, decimal, monthLabel } from './format.ts';
import type { Lang, MessageKey, Translate } from './messages.ts';

const useStyles = makeStyles({
  chart: { width: '100%', height: '20rem', margin: 0 },
  tall: { width: '100%', height: '26rem', margin: 0 },
});

// Series colours come from Fluent's palette tokens (CSS variables), never raw hex. The
// buckets go from calm to alarming so that the older debt reads as the redder part.
const BUCKET_COLOURS = [
  tokens.colorPaletteGreenBackground3,
  tokens.colorPaletteYellowBackground3,
  tokens.colorPaletteDarkOrangeBackground3,
  tokens.colorPaletteRedBackground3,
  tokens.colorPaletteBerryBackground3,
];

// Legend text stays in the body colour: a yellow label on white is not readable.
const legendText = (value: string) => (
  <span style={{ color: tokens.colorNeutralForeground1 }}>{value}</span>
);

const axisTick = { fontSize: 12, fill: tokens.colorNeutralForeground2 };

/** Props of DsoTrendChart. */
export interface DsoTrendChartProps {
  points: DsoPoint[];
  label: string;
  lang: Lang;
  t: Translate;
}

/** Standard and countback DSO at each month end, drawn at once (no animation to cut lines). */
export function DsoTrendChart({ points, label, lang, t }: DsoTrendChartProps) {
  const styles = useStyles();
  const days = (v: unknown) =>
    typeof v === 'number' ? t('figures.days', { value: decimal(v, lang) }) : String(v ?? '');
  return (
    <figure className={styles.chart} aria-label={label}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 8, right: 32, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey="month"
            tick={axisTick}
            tickFormatter={(m: string) => monthLabel(m, lang)}
            minTickGap={12}
          />
          <YAxis
            tick={axisTick}
            width={56}
            tickFormatter={(v: number) => `${v} ${t('figures.daysUnit')}`}
          />
          <Tooltip formatter={days} labelFormatter={(m) => monthLabel(String(m), lang)} />
          <Legend formatter={legendText} itemSorter={null} />
          <Line
            type="monotone"
            dataKey="standard"
            name={t('figures.dsoStandard')}
            stroke={tokens.colorPaletteBlueBorderActive}
            strokeWidth={2}
            connectNulls
            isAnimationActive={false}
          />
          <Line
            type="monotone"
            dataKey="countback"
            name={t('figures.dsoCountback')}
            stroke={tokens.colorPaletteDarkOrangeBorderActive}
            strokeWidth={2}
            strokeDasharray="6 3"
            connectNulls
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}

/** The customers of one currency with the most overdue, as chart rows in major units. */
export function agedChartRows(aged: AgedBalanceReport, currency: string, count: number) {
  const scale = 10 ** currencyExponent(currency);
  return aged.rows
    .filter((r) => r.customer && r.currency === currency)
    .sort((a, b) => b.overdue - a.overdue)
    .slice(0, count)
    .map((r) => ({
      name: r.customer?.name ?? '',
      ...Object.fromEntries(AGING_BUCKETS.map((b) => [b, (r.buckets[b] ?? 0) / scale])),
    }));
}

/** Props of AgedBalanceChart. */
export interface AgedBalanceChartProps {
  rows: ReturnType<typeof agedChartRows>;
  currency: string;
  label: string;
  lang: Lang;
  t: Translate;
}

/** One horizontal stacked bar per customer: names stay readable however many there are. */
export function AgedBalanceChart({ rows, currency, label, lang, t }: AgedBalanceChartProps) {
  const styles = useStyles();
  const full = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    style: 'currency',
    currency,
  });
  return (
    <figure className={styles.tall} aria-label={label}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis
            type="number"
            tick={axisTick}
            tickFormatter={(v: number) => compactMoney(v, currency, lang)}
          />
          <YAxis
            type="category"
            dataKey="name"
            width={170}
            interval={0}
            tick={axisTick}
            tickFormatter={(name: string) => (name.length > 24 ? `${name.slice(0, 23)}…` : name)}
          />
          <Tooltip formatter={(v) => (typeof v === 'number' ? full.format(v) : String(v ?? ''))} />
          <Legend formatter={legendText} itemSorter={null} />
          {AGING_BUCKETS.map((b, i) => (
            <Bar
              key={b}
              dataKey={b}
              name={t(`bucket.${b}` as MessageKey)}
              stackId="aging"
              fill={BUCKET_COLOURS[i]}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
