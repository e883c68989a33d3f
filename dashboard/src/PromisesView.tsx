import { Spinner, Text } from '@fluentui/react-components';
import { addDays } from '@relance/shared';
import type { ActivityReport, PaymentPromiseView } from '@relance/shared';
import { CsvLink } from './CsvLink.tsx';
import { DataTable } from './DataTable.tsx';
import type { Column } from './DataTable.tsx';
import { ErrorNote } from './ErrorNote.tsx';
import { calendarDate, money, percentOfOne, percentPoints, todayLocal } from './format.ts';
import { promiseStatusKey } from './promise-status.ts';
import { keptRateByCustomer } from './kept-rates.ts';
import { hrefOf } from './routes.ts';
import { Section } from './Section.tsx';
import { useApp } from './useApp.ts';
import { useLoad } from './useLoad.ts';

interface Page<T> {
  items: T[];
}

/** Promises due this week, broken and not followed up, kept; kept rates per collector and customer. */
export function PromisesView() {
  const { api, t, lang } = useApp();
  const today = todayLocal();
  const weekEnd = addDays(today, 6);
  const from = addDays(today, -90);
  const loaded = useLoad(async () => {
    const list = (query: Record<string, string | number>) =>
      api.client.request<Page<PaymentPromiseView>>('GET', '/promises', {
        query: { limit: 200, ...query },
      });
    const [due, broken, kept, activity] = await Promise.all([
      list({ status: 'pending', dueFrom: today, dueTo: weekEnd }),
      list({ status: 'broken' }),
      list({ status: 'kept' }),
      api.client.request<ActivityReport>('GET', '/reports/activity', {
        query: { from, to: today },
      }),
    ]);
    return {
      // Soonest first: the promise to watch today heads the list.
      due: [...due.items].sort((a, b) => a.promisedDate.localeCompare(b.promisedDate)),
      brokenOpen: broken.items.filter((p) => p.followedUpAt === null),
      broken: broken.items,
      kept: kept.items,
      activity,
    };
  }, [today]);

  const columns: Column<PaymentPromiseView>[] = [
    {
      key: 'customer',
      header: t('promises.customer'),
      cell: (p) => <a href={hrefOf({ page: 'customer', id: p.customerId })}>{p.customerName}</a>,
    },
    { key: 'date', header: t('promises.date'), cell: (p) => calendarDate(p.promisedDate, lang) },
    {
      key: 'amount',
      header: t('promises.amount'),
      numeric: true,
      cell: (p) => money(p.amount, p.currency, lang),
    },
    {
      key: 'paid',
      header: t('promises.paid'),
      numeric: true,
      cell: (p) => percentOfOne(p.paidShare, lang),
    },
    { key: 'status', header: t('promises.status'), cell: (p) => t(promiseStatusKey(p)) },
    { key: 'invoices', header: t('promises.invoices'), cell: (p) => p.invoiceNumbers.join(', ') },
    { key: 'by', header: t('promises.loggedBy'), cell: (p) => p.loggedBy.name },
  ];

  if (loaded.error) return <ErrorNote error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <Spinner label={t('loading')} />;
  const data = loaded.data;
  const perCustomer = keptRateByCustomer([...data.kept, ...data.broken]);

  return (
    <>
      <h1>{t('promises.title')}</h1>
      <Section
        title={t('promises.dueThisWeek')}
        actions={
          <CsvLink
            path="/promises"
            query={{ status: 'pending', dueFrom: today, dueTo: weekEnd, limit: 200 }}
            what={t('promises.dueThisWeek')}
          />
        }
      >
        <DataTable
          caption={t('promises.dueThisWeek')}
          columns={columns}
          rows={data.due}
          rowKey={(p) => p.id}
        />
      </Section>
      <Section
        title={t('promises.brokenNotFollowed')}
        actions={
          <CsvLink
            path="/promises"
            query={{ status: 'broken', limit: 200 }}
            what={t('promises.brokenNotFollowed')}
          />
        }
      >
        <DataTable
          caption={t('promises.brokenNotFollowed')}
          columns={columns}
          rows={data.brokenOpen}
          rowKey={(p) => p.id}
        />
      </Section>
      <Section
        title={t('promises.kept')}
        actions={
          <CsvLink
            path="/promises"
            query={{ status: 'kept', limit: 200 }}
            what={t('promises.kept')}
          />
        }
      >
        <DataTable
          caption={t('promises.kept')}
          columns={columns}
          rows={data.kept}
          rowKey={(p) => p.id}
        />
      </Section>
      <Section
        title={t('promises.keptRateCollector')}
        actions={
          <CsvLink
            path="/reports/activity"
            query={{ from, to: today }}
            what={t('promises.keptRateCollector')}
          />
        }
      >
        <Text>
          {t('promises.rateNote')} {calendarDate(from, lang)} – {calendarDate(today, lang)}
        </Text>
        <DataTable
          caption={t('promises.keptRateCollector')}
          rows={data.activity.rows}
          rowKey={(r) => r.collector.id}
          columns={[
            { key: 'collector', header: t('promises.collector'), cell: (r) => r.collector.name },
            {
              key: 'kept',
              header: t('promises.keptCount'),
              numeric: true,
              cell: (r) => String(r.promisesKept),
            },
            {
              key: 'broken',
              header: t('promises.brokenCount'),
              numeric: true,
              cell: (r) => String(r.promisesBroken),
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
      <Section title={t('promises.keptRateCustomer')}>
        <Text>{t('promises.rateNote')}</Text>
        <DataTable
          caption={t('promises.keptRateCustomer')}
          rows={perCustomer}
          rowKey={(r) => r.customerId}
          columns={[
            {
              key: 'customer',
              header: t('promises.customer'),
              cell: (r) => (
                <a href={hrefOf({ page: 'customer', id: r.customerId })}>{r.customerName}</a>
              ),
            },
            {
              key: 'kept',
              header: t('promises.keptCount'),
              numeric: true,
              cell: (r) => String(r.kept),
            },
            {
              key: 'broken',
              header: t('promises.brokenCount'),
              numeric: true,
              cell: (r) => String(r.broken),
            },
            {
              key: 'rate',
              header: t('promises.keptRate'),
              numeric: true,
              cell: (r) => percentPoints(r.rate, lang),
            },
          ]}
        />
      </Section>
    </>
  );
}
