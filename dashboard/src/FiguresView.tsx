import { useState } from 'react';
import { Field, Select, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { AGING_BUCKETS, addDays } from '@relance/shared';
import type { ActivityReport, AgedBalanceReport, DsoTrendReport, KpiReport } from '@relance/shared';
import { CsvLink } from './CsvLink.tsx';
import { DataTable } from './DataTable.tsx';
import { ErrorNote } from './ErrorNote.tsx';
import { AgedBalanceChart, DsoTrendChart, agedChartRows } from './FiguresCharts.tsx';
import { readDsoTrend } from './dso-trend.ts';
import type { DsoTrend } from './dso-trend.ts';
import { calendarDate, decimal, money, monthLabel, percentPoints, todayLocal } from './format.ts';
import type { MessageKey } from './messages.ts';
import { Section } from './Section.tsx';
import { useApp } from './useApp.ts';
import { useLoad } from './useLoad.ts';

const useStyles = makeStyles({
  bar: { display: 'flex', gap: tokens.spacingHorizontalL, alignItems: 'end', flexWrap: 'wrap' },
  title: { margin: 0, flexBasis: '100%' },
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
});

/** How many customers the aged-balance chart draws. */
const AGED_CHART_CUSTOMERS = 10;

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

interface FiguresData {
  kpis: KpiReport;
  trend: DsoTrend;
  aged: AgedBalanceReport;
  activity: ActivityReport;
}

/** The collection figures: DSO trend, KPIs with their methods, aged balance, activity per collector. */
export function FiguresView() {
  const styles = useStyles();
  const { api, t } = useApp();
  const [periodDays, setPeriodDays] = useState('90');
  const [currency, setCurrency] = useState('');
  const today = todayLocal();
  const from = addDays(today, -Number(periodDays) + 1);
  const loaded = useLoad(async (): Promise<FiguresData> => {
    const get = <T,>(path: string, query: Record<string, string | number>) =>
      api.client.request<T>('GET', path, { query });
    const [kpis, trend, aged, activity] = await Promise.all([
      get<KpiReport>('/reports/kpis', { periodDays, ...(currency ? { currency } : {}) }),
      get<DsoTrendReport>('/reports/dso-trend', { months: 12, ...(currency ? { currency } : {}) }),
      // The chart draws the most overdue customers; the totals come whole with them.
      get<AgedBalanceReport>('/reports/aged-balance', { top: AGED_CHART_CUSTOMERS }),
      get<ActivityReport>('/reports/activity', { from, to: today }),
    ]);
    return { kpis, trend: readDsoTrend(trend), aged, activity };
  }, [periodDays, currency]);

  const head = (
    <div className={styles.bar}>
      <h1 className={styles.title}>{t('figures.title')}</h1>
      <Field label={t('figures.periodDays')}>
        <Select value={periodDays} onChange={(_, d) => setPeriodDays(d.value)}>
          {['30', '90', '180', '365'].map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('figures.currency')}>
        <Select value={currency} onChange={(_, d) => setCurrency(d.value)}>
          <option value="">{t('figures.mainCurrency')}</option>
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
  return (
    <>
      {head}
      <KpiTiles kpis={loaded.data.kpis} />
      <DsoTrendSection trend={loaded.data.trend} currency={currency} />
      <AgedBalanceSection aged={loaded.data.aged} currency={loaded.data.kpis.currency} />
      <ActivitySection activity={loaded.data.activity} from={from} to={today} />
    </>
  );
}

/**
 * The KPI tiles, each with its method in the manager's language (the API's `method` says the
 * same in English for integrators) and, when a figure cannot be computed, why.
 */
function KpiTiles({ kpis }: { kpis: KpiReport }) {
  const styles = useStyles();
  const { t, lang } = useApp();
  const days = (v: number | null) =>
    v === null ? t('figures.noValue') : t('figures.days', { value: decimal(v, lang) });
  const how = (value: number | null, method: string, why: string) =>
    value === null ? `${method} — ${why}` : method;
  // The CEI spreads the period's sales over its months, as the server does.
  const months = Math.max(1, Math.round(kpis.periodDays / 30));
  const period = t('figures.period', {
    days: kpis.periodDays,
    start: calendarDate(kpis.periodStart, lang),
    end: calendarDate(kpis.asOf, lang),
    currency: kpis.currency,
  });
  const kept = kpis.promiseKeptRate;
  return (
    <>
      <Text>{period}</Text>
      <ul className={styles.tiles} aria-label={t('figures.title')}>
        <Tile
          label={t('figures.dsoStandard')}
          value={days(kpis.dsoStandard.value)}
          method={how(kpis.dsoStandard.value, t('figures.how.dsoStandard'), t('figures.why.dso'))}
        />
        <Tile
          label={t('figures.dsoCountback')}
          value={days(kpis.dsoCountback.value)}
          method={how(kpis.dsoCountback.value, t('figures.how.dsoCountback'), t('figures.why.dso'))}
        />
        <Tile
          label={t('figures.bestPossibleDso')}
          value={days(kpis.bestPossibleDso.value)}
          method={how(
            kpis.bestPossibleDso.value,
            t('figures.how.bestPossibleDso'),
            t('figures.why.dso'),
          )}
        />
        <Tile
          label={t('figures.add')}
          value={days(kpis.averageDaysDelinquent.value)}
          method={how(kpis.averageDaysDelinquent.value, t('figures.how.add'), t('figures.why.dso'))}
        />
        <Tile
          label={t('figures.cei')}
          value={percentPoints(kpis.collectionEffectivenessIndex.value, lang)}
          method={how(
            kpis.collectionEffectivenessIndex.value,
            t('figures.how.cei', { months }),
            t('figures.why.cei'),
          )}
        />
        <Tile
          label={t('figures.keptRate')}
          value={percentPoints(kept.value, lang)}
          method={how(
            kept.value,
            t('figures.how.keptRate', { kept: kept.kept, decided: kept.kept + kept.broken }),
            t('figures.why.keptRate'),
          )}
        />
        <Tile
          label={t('figures.disputeShare')}
          value={percentPoints(kpis.disputeShare.value, lang)}
          method={how(
            kpis.disputeShare.value,
            t('figures.how.disputeShare'),
            t('figures.why.disputeShare'),
          )}
        />
        <Tile
          label={t('figures.overdue')}
          value={money(kpis.overdue, kpis.currency, lang)}
          method={t('figures.how.overdue', {
            amount: money(kpis.endingAr, kpis.currency, lang),
            date: calendarDate(kpis.asOf, lang),
          })}
        />
        <Tile
          label={t('figures.averageDaysLate')}
          value={t('figures.days', {
            value: `${decimal(kpis.averageDaysLate.weighted, lang)} / ${decimal(kpis.averageDaysLate.unweighted, lang)}`,
          })}
          method={t('figures.how.averageDaysLate', { count: kpis.averageDaysLate.count })}
        />
      </ul>
    </>
  );
}

function DsoTrendSection({ trend, currency }: { trend: DsoTrend; currency: string }) {
  const styles = useStyles();
  const { t, lang } = useApp();
  return (
    <Section
      title={t('figures.dsoTrend')}
      actions={
        <CsvLink
          path="/reports/dso-trend"
          query={{ months: 12, ...(currency ? { currency } : {}) }}
          what={t('figures.dsoTrend')}
        />
      }
    >
      <Text className={styles.method}>
        {t('figures.dsoTrendDesc')} — {t('figures.how.dsoTrend')}
      </Text>
      <DsoTrendChart points={trend.points} label={t('figures.dsoTrend')} lang={lang} t={t} />
      <details>
        <summary>{t('figures.chartTable')}</summary>
        <DataTable
          caption={t('figures.dsoTrend')}
          rows={trend.points}
          rowKey={(p) => p.month}
          columns={[
            { key: 'month', header: t('figures.month'), cell: (p) => monthLabel(p.month, lang) },
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
  );
}

function AgedBalanceSection({ aged, currency }: { aged: AgedBalanceReport; currency: string }) {
  const styles = useStyles();
  const { t, lang } = useApp();
  const rows = agedChartRows(aged, currency, AGED_CHART_CUSTOMERS);
  return (
    <Section
      title={t('figures.agedBalance')}
      actions={<CsvLink path="/reports/aged-balance" what={t('figures.agedBalance')} />}
    >
      <Text className={styles.method}>
        {t('figures.agedBalanceDesc')} — {t('figures.how.agedBalance')} —{' '}
        {calendarDate(aged.asOf, lang)}
      </Text>
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
      {rows.length > 0 ? (
        <>
          <Text weight="semibold">{t('figures.agedTop', { count: rows.length, currency })}</Text>
          <AgedBalanceChart
            rows={rows}
            currency={currency}
            label={t('figures.agedTop', { count: rows.length, currency })}
            lang={lang}
            t={t}
          />
        </>
      ) : null}
    </Section>
  );
}

/** Props of ActivitySection. */
interface ActivitySectionProps {
  activity: ActivityReport;
  from: string;
  to: string;
}

function ActivitySection({ activity, from, to }: ActivitySectionProps) {
  const styles = useStyles();
  const { t, lang } = useApp();
  return (
    <Section
      title={t('figures.activity')}
      actions={
        <CsvLink path="/reports/activity" query={{ from, to }} what={t('figures.activity')} />
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
            key: 'kept',
            header: t('promises.keptOfDecided'),
            numeric: true,
            cell: (r) => `${r.promisesKept} / ${r.promisesKept + r.promisesBroken}`,
          },
          {
            key: 'rate',
            header: t('promises.keptRate'),
            numeric: true,
            cell: (r) => percentPoints(r.keptRate, lang),
          },
        ]}
      />
    </Section>
  );
}
