import { useState } from 'react';
import { Field, Select, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
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
import { AGING_BUCKETS, addDays, currencyExponent } from '@relance/shared';
import type { ActivityReport, AgedBalanceReport, DsoTrendReport, KpiReport } from '@relance/shared';
import { CsvLink } from './CsvLink.tsx';
import { DataTable } from './DataTable.tsx';
import { ErrorNote } from './ErrorNote.tsx';
import { readDsoTrend } from './dso-trend.ts';
import { calendarDate, decimal, money, percent, todayLocal } from './format.ts';
import type { MessageKey } from './messages.ts';
import { Section } from './Section.tsx';
import { useApp } from './useApp.ts';
import { useLoad } from './useLoad.ts';

const useStyles = makeStyles({
  bar: { display: 'flex', gap: tokens.spacingHorizontalL, alignItems: 'end', flexWrap: 'wrap' },
  tiles: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(15rem, 1fr))',
    gap: tokens.spacingHorizontalM,
    margin: 0,
    padding: 0,
  },
  tile: {
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow4,
  },
  value: { fontSize: tokens.fontSizeHero700, fontWeight: tokens.fontWeightSemibold },
  method: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  chart: { width: '100%', height: '20rem' },
});

// Series colours come from Fluent's palette tokens (CSS variables), never raw hex.
const BUCKET_COLOURS = [
  tokens.colorPaletteGreenBackground3,
  tokens.colorPaletteYellowBackground3,
  tokens.colorPaletteDarkOrangeBackground3,
  tokens.colorPaletteRedBackground3,
  tokens.colorPaletteBerryBackground3,
];

/** A KPI as a tile: label, value, and the method and period it was computed with. */
function Tile({ label, value, method }: { label: string; value: string; method: string }) {
  const styles = useStyles();
  return (
    <li className={styles.tile}>
      <Text weight="semibold">{label}</Text>
      <span className={styles.value}>{value}</span>
      <span className={styles.method}>{method}</span>
    </li>
  );
}

/** The collection figures: DSO trend, KPIs with their methods, aged balance, activity per collector. */
export function FiguresView() {
  const styles = useStyles();
  const { api, t, lang } = useApp();
  const [periodDays, setPeriodDays] = useState('90');
  const [currency, setCurrency] = useState('');
  const today = todayLocal();
  const from = addDays(today, -Number(periodDays) + 1);
  const loaded = useLoad(async () => {
    const get = <T,>(path: string, query: Record<string, string | number>) =>
      api.client.request<T>('GET', path, { query });
    const [kpis, trend, aged, activity] = await Promise.all([
      get<KpiReport>('/reports/kpis', { periodDays, ...(currency ? { currency } : {}) }),
      get<DsoTrendReport>('/reports/dso-trend', { months: 12, ...(currency ? { currency } : {}) }),
      get<AgedBalanceReport>('/reports/aged-balance', {}),
      get<ActivityReport>('/reports/activity', { from, to: today }),
    ]);
    return { kpis, trend: readDsoTrend(trend), aged, activity };
  }, [periodDays, currency]);

  const days = (v: number | null) =>
    v === null ? t('figures.noValue') : t('figures.days', { value: decimal(v, lang) });

  const head = (
    <div className={styles.bar}>
      <h1>{t('figures.title')}</h1>
      <Field label={t('figures.periodDays')}>
        <Select value={periodDays} onChange={(_, d) => setPeriodDays(d.value)}>
          <option value="30">30</option>
          <option value="90">90</option>
          <option value="180">180</option>
          <option value="365">365</option>
        </Select>
      </Field>
      <Field label={t('figures.currency')}>
        <Select value={currency} onChange={(_, d) => setCurrency(d.value)}>
          <option value="">{t('all')}</option>
          {[...new Set((loaded.data?.aged.totals ?? []).map((r) => r.currency))].map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
  if (loaded.error)
    return (
      <>
        {head}
        <ErrorNote error={loaded.error} onRetry={loaded.reload} />
      </>
    );
  if (!loaded.data)
    return (
      <>
        {head}
        <Spinner label={t('loading')} />
      </>
    );
  const { kpis, trend, aged, activity } = loaded.data;
  const period = t('figures.period', {
    days: kpis.periodDays,
    start: calendarDate(kpis.periodStart, lang),
    end: calendarDate(kpis.asOf, lang),
    currency: kpis.currency,
  });
  const agedRows = [...aged.rows]
    .filter((r) => r.customer && r.currency === kpis.currency)
    .sort((a, b) => b.overdue - a.overdue)
    .slice(0, 10)
    .map((r) => ({
      name: r.customer?.name ?? '',
      ...Object.fromEntries(
        AGING_BUCKETS.map((b) => [b, (r.buckets[b] ?? 0) / 10 ** currencyExponent(r.currency)]),
      ),
    }));

  return (
    <>
      {head}
      <Text>{period}</Text>
      <ul className={styles.tiles} aria-label={t('figures.title')}>
        <Tile
          label={t('figures.dsoStandard')}
          value={days(kpis.dsoStandard.value)}
          method={`${kpis.dsoStandard.method} — ${period}`}
        />
        <Tile
          label={t('figures.dsoCountback')}
          value={days(kpis.dsoCountback.value)}
          method={`${kpis.dsoCountback.method} — ${period}`}
        />
        <Tile
          label={t('figures.bestPossibleDso')}
          value={days(kpis.bestPossibleDso.value)}
          method={`${kpis.bestPossibleDso.method} — ${period}`}
        />
        <Tile
          label={t('figures.add')}
          value={days(kpis.averageDaysDelinquent.value)}
          method={`${kpis.averageDaysDelinquent.method} — ${period}`}
        />
        <Tile
          label={t('figures.cei')}
          value={
            kpis.collectionEffectivenessIndex.value === null
              ? t('figures.noValue')
              : `${decimal(kpis.collectionEffectivenessIndex.value, lang)} %`
          }
          method={`${kpis.collectionEffectivenessIndex.method} — ${period}`}
        />
        <Tile
          label={t('figures.keptRate')}
          value={percent(kpis.promiseKeptRate.value, lang)}
          method={`${kpis.promiseKeptRate.method} (${kpis.promiseKeptRate.kept} / ${kpis.promiseKeptRate.kept + kpis.promiseKeptRate.broken}) — ${period}`}
        />
        <Tile
          label={t('figures.disputeShare')}
          value={percent(kpis.disputeShare.value, lang)}
          method={`${kpis.disputeShare.method} — ${period}`}
        />
        <Tile
          label={t('figures.overdue')}
          value={money(kpis.overdue, kpis.currency, lang)}
          method={`${t('figures.endingAr')}: ${money(kpis.endingAr, kpis.currency, lang)} — ${calendarDate(kpis.asOf, lang)}`}
        />
        <Tile
          label={t('figures.averageDaysLate')}
          value={`${decimal(kpis.averageDaysLate.weighted, lang)} / ${decimal(kpis.averageDaysLate.unweighted, lang)}`}
          method={`${kpis.averageDaysLate.method} (n = ${kpis.averageDaysLate.count}) — ${period}`}
        />
      </ul>

      <Section
        title={t('figures.dsoTrend')}
        actions={
          <CsvLink path="/reports/dso-trend" query={{ months: 12 }} what={t('figures.dsoTrend')} />
        }
      >
        <Text className={styles.method}>
          {t('figures.dsoTrendDesc')}
          {trend.method ? ` — ${trend.method}` : ''}
        </Text>
        <figure className={styles.chart} aria-label={t('figures.dsoTrend')} style={{ margin: 0 }}>
          <ResponsiveContainer width="100%" height="100%">
            <LineChart data={trend.points} margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="month" />
              <YAxis unit=" j" />
              <Tooltip />
              <Legend />
              <Line
                type="monotone"
                dataKey="standard"
                name={t('figures.dsoStandard')}
                stroke={tokens.colorPaletteBlueBorderActive}
                strokeWidth={2}
                connectNulls
              />
              <Line
                type="monotone"
                dataKey="countback"
                name={t('figures.dsoCountback')}
                stroke={tokens.colorPaletteDarkOrangeBorderActive}
                strokeWidth={2}
                strokeDasharray="6 3"
                connectNulls
              />
            </LineChart>
          </ResponsiveContainer>
        </figure>
        <details>
          <summary>{t('figures.chartTable')}</summary>
          <DataTable
            caption={t('figures.dsoTrend')}
            rows={trend.points}
            rowKey={(p) => p.month}
            columns={[
              { key: 'month', header: t('figures.month'), cell: (p) => p.month },
              {
                key: 'standard',
                header: t('figures.dsoStandard'),
                numeric: true,
                cell: (p) => decimal(p.standard, lang),
              },
              {
                key: 'countback',
                header: t('figures.dsoCountback'),
                numeric: true,
                cell: (p) => decimal(p.countback, lang),
              },
            ]}
          />
        </details>
      </Section>

      <Section
        title={t('figures.agedBalance')}
        actions={<CsvLink path="/reports/aged-balance" what={t('figures.agedBalance')} />}
      >
        <Text className={styles.method}>
          {t('figures.agedBalanceDesc')} — {aged.method} — {calendarDate(aged.asOf, lang)}
        </Text>
        <figure
          className={styles.chart}
          aria-label={t('figures.agedBalance')}
          style={{ margin: 0 }}
        >
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={agedRows} margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="name" interval={0} tick={{ fontSize: 11 }} />
              <YAxis />
              <Tooltip />
              <Legend />
              {AGING_BUCKETS.map((b, i) => (
                <Bar
                  key={b}
                  dataKey={b}
                  name={t(`bucket.${b}` as MessageKey)}
                  stackId="aging"
                  fill={BUCKET_COLOURS[i]}
                />
              ))}
            </BarChart>
          </ResponsiveContainer>
        </figure>
        <DataTable
          caption={t('figures.agedBalance')}
          rows={aged.totals}
          rowKey={(r) => r.currency}
          columns={[
            { key: 'currency', header: t('figures.currency'), cell: (r) => r.currency },
            ...AGING_BUCKETS.map((b) => ({
              key: b,
              header: t(`bucket.${b}` as MessageKey),
              numeric: true,
              cell: (r: AgedBalanceReport['totals'][number]) =>
                money(r.buckets[b] ?? 0, r.currency, lang),
            })),
            {
              key: 'overdue',
              header: t('figures.overdue'),
              numeric: true,
              cell: (r) => money(r.overdue, r.currency, lang),
            },
            {
              key: 'total',
              header: t('customer.outstanding'),
              numeric: true,
              cell: (r) => money(r.total, r.currency, lang),
            },
          ]}
        />
      </Section>

      <Section
        title={t('figures.activity')}
        actions={
          <CsvLink
            path="/reports/activity"
            query={{ from, to: today }}
            what={t('figures.activity')}
          />
        }
      >
        <Text className={styles.method}>
          {calendarDate(activity.from, lang)} – {calendarDate(activity.to, lang)}
        </Text>
        <DataTable
          caption={t('figures.activity')}
          rows={activity.rows}
          rowKey={(r) => r.collector.id}
          columns={[
            { key: 'collector', header: t('promises.collector'), cell: (r) => r.collector.name },
            {
              key: 'emails',
              header: t('figures.emails'),
              numeric: true,
              cell: (r) => String(r.emailsLogged),
            },
            {
              key: 'promises',
              header: t('figures.promisesLogged'),
              numeric: true,
              cell: (r) => String(r.promisesLogged),
            },
            {
              key: 'disputes',
              header: t('figures.disputesOpened'),
              numeric: true,
              cell: (r) => String(r.disputesOpened),
            },
            {
              key: 'rate',
              header: t('promises.keptRate'),
              numeric: true,
              cell: (r) => percent(r.keptRate, lang),
            },
          ]}
        />
      </Section>
    </>
  );
}
