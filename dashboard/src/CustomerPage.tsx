import { Badge, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { AGING_BUCKETS } from '@relance/shared';
import type {
  CustomerSummary,
  DisputeView,
  InteractionView,
  InvoiceView,
  PaymentPromiseView,
} from '@relance/shared';
import { CsvLink } from './CsvLink.tsx';
import { DataTable } from './DataTable.tsx';
import { ErrorNote } from './ErrorNote.tsx';
import { calendarDate, decimal, instant, money } from './format.ts';
import type { MessageKey } from './messages.ts';
import { Section } from './Section.tsx';
import { promiseStatusKey } from './promise-status.ts';
import { useApp } from './useApp.ts';
import { useLoad } from './useLoad.ts';

/** Props of CustomerPage. */
export interface CustomerPageProps {
  customerId: string;
}

interface Page<T> {
  items: T[];
  nextCursor?: string | null;
}

const useStyles = makeStyles({
  title: { margin: 0 },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  dd: { margin: 0 },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(28rem, 100%), 1fr))',
    gap: tokens.spacingHorizontalL,
  },
});

/** One account: header, aging, invoices, promises, disputes and the full email timeline. */
export function CustomerPage({ customerId }: CustomerPageProps) {
  const styles = useStyles();
  const { api, t, lang } = useApp();
  const path = `/customers/${encodeURIComponent(customerId)}`;
  const loaded = useLoad(async () => {
    const get = <T,>(p: string, query?: Record<string, string | number>) =>
      api.client.request<T>('GET', p, query ? { query } : {});
    const [summary, invoices, promises, disputes, timeline] = await Promise.all([
      get<CustomerSummary>(path),
      get<Page<InvoiceView>>(`${path}/invoices`, { status: 'all' }),
      get<Page<PaymentPromiseView>>('/promises', { customerId, limit: 200 }),
      get<Page<DisputeView>>('/disputes', { customerId, limit: 200 }),
      get<Page<InteractionView>>('/interactions', { customerId, limit: 200 }),
    ]);
    return {
      summary,
      invoices: openFirst(invoices.items),
      promises: promises.items,
      disputes: disputes.items,
      timeline: timeline.items,
    };
  }, [customerId]);

  if (loaded.error) return <ErrorNote error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <Spinner label={t('loading')} />;
  const { summary, invoices, promises, disputes, timeline } = loaded.data;

  return (
    <>
      <h1 className={styles.title}>
        {summary.name} <Text size={400}>({summary.externalRef})</Text>
      </h1>
      <Section title={t('customer.header')}>
        <dl className={styles.facts}>
          <dt className={styles.term}>{t('customers.segment')}</dt>
          <dd className={styles.dd}>
            {t(`segment.${summary.segment}` as MessageKey)}{' '}
            {summary.strategic && summary.segment !== 'strategic' ? (
              <Badge color="important">{t('customer.strategic')}</Badge>
            ) : null}
            {/* The reason is the server's own wording (English), kept as the method is. */}
            {summary.segmentReason ? (
              <Text className={styles.term}>
                {' '}
                — {summary.segmentReason.replace(/^[a-z_]+:\s*/, '')}
              </Text>
            ) : null}
          </dd>
          <dt className={styles.term}>{t('customer.assignee')}</dt>
          <dd className={styles.dd}>{summary.assignee?.name ?? '—'}</dd>
          <dt className={styles.term}>{t('customer.terms')}</dt>
          <dd className={styles.dd}>
            {t('customer.termsDays', { days: summary.paymentTermsDays })}
          </dd>
          <dt className={styles.term}>{t('customer.language')}</dt>
          <dd className={styles.dd}>{summary.language.toUpperCase()}</dd>
          <dt className={styles.term}>{t('customer.domains')}</dt>
          <dd className={styles.dd}>{summary.domains.join(', ') || '—'}</dd>
          <dt className={styles.term}>{t('customer.averageDaysLate')}</dt>
          <dd className={styles.dd}>{decimal(summary.averageDaysLate, lang)}</dd>
          {summary.unappliedCash.map((u) => (
            <FactPair
              key={u.currency}
              term={t('customer.unapplied')}
              value={money(u.amount, u.currency, lang)}
            />
          ))}
        </dl>
      </Section>

      <Section title={t('customer.aging')}>
        <DataTable
          caption={t('customer.aging')}
          rows={summary.balances}
          rowKey={(b) => b.currency}
          columns={[
            { key: 'currency', header: t('figures.currency'), cell: (b) => b.currency },
            ...AGING_BUCKETS.map((bucket) => ({
              key: bucket,
              header: t(`bucket.${bucket}` as MessageKey),
              numeric: true,
              cell: (b: CustomerSummary['balances'][number]) =>
                money(b.buckets[bucket] ?? 0, b.currency, lang),
            })),
            {
              key: 'overdue',
              header: t('customer.overdue'),
              numeric: true,
              cell: (b) => money(b.overdue, b.currency, lang),
            },
            {
              key: 'disputed',
              header: t('customer.disputed'),
              numeric: true,
              cell: (b) => money(b.disputed, b.currency, lang),
            },
            {
              key: 'outstanding',
              header: t('customer.outstanding'),
              numeric: true,
              cell: (b) => money(b.outstanding, b.currency, lang),
            },
          ]}
        />
      </Section>

      <Section
        title={t('customer.invoices')}
        actions={
          <CsvLink
            path={`${path}/invoices`}
            query={{ status: 'all' }}
            what={t('customer.invoices')}
          />
        }
      >
        <DataTable
          caption={t('customer.invoices')}
          rows={invoices}
          rowKey={(i) => i.id}
          columns={[
            { key: 'number', header: t('invoice.number'), cell: (i) => i.number },
            {
              key: 'issued',
              header: t('invoice.issued'),
              cell: (i) => calendarDate(i.issueDate, lang),
            },
            { key: 'due', header: t('invoice.due'), cell: (i) => calendarDate(i.dueDate, lang) },
            {
              key: 'amount',
              header: t('invoice.amount'),
              numeric: true,
              cell: (i) => money(i.amount, i.currency, lang),
            },
            {
              key: 'open',
              header: t('invoice.open'),
              numeric: true,
              cell: (i) => money(i.openAmount, i.currency, lang),
            },
            {
              key: 'late',
              header: t('invoice.daysOverdue'),
              numeric: true,
              cell: (i) => (i.status === 'open' && i.daysOverdue > 0 ? String(i.daysOverdue) : ''),
            },
            {
              key: 'status',
              header: t('invoice.status'),
              cell: (i) => t(`istatus.${i.status}` as MessageKey),
            },
            {
              key: 'flags',
              header: t('invoice.flags'),
              cell: (i) => (
                <>
                  {i.disputed ? <Badge color="danger">{t('invoice.disputed')}</Badge> : null}{' '}
                  {i.promised ? <Badge color="success">{t('invoice.promised')}</Badge> : null}
                </>
              ),
            },
          ]}
        />
      </Section>

      <div className={styles.grid}>
        <Section
          title={t('customer.promises')}
          actions={
            <CsvLink
              path="/promises"
              query={{ customerId, limit: 200 }}
              what={t('customer.promises')}
            />
          }
        >
          <DataTable
            caption={t('customer.promises')}
            rows={promises}
            rowKey={(p) => p.id}
            columns={[
              {
                key: 'date',
                header: t('promises.date'),
                cell: (p) => calendarDate(p.promisedDate, lang),
              },
              {
                key: 'amount',
                header: t('promises.amount'),
                numeric: true,
                cell: (p) => money(p.amount, p.currency, lang),
              },
              { key: 'status', header: t('promises.status'), cell: (p) => t(promiseStatusKey(p)) },
              { key: 'by', header: t('promises.loggedBy'), cell: (p) => p.loggedBy.name },
            ]}
          />
        </Section>
        <Section
          title={t('customer.disputes')}
          actions={
            <CsvLink
              path="/disputes"
              query={{ customerId, limit: 200 }}
              what={t('customer.disputes')}
            />
          }
        >
          <DataTable
            caption={t('customer.disputes')}
            rows={disputes}
            rowKey={(d) => d.id}
            columns={[
              {
                key: 'category',
                header: t('disputes.category'),
                cell: (d) => t(`category.${d.category}` as MessageKey),
              },
              {
                key: 'status',
                header: t('disputes.status'),
                cell: (d) => t(`dstatus.${d.status}` as MessageKey),
              },
              {
                key: 'invoices',
                header: t('promises.invoices'),
                cell: (d) => d.invoiceNumbers.join(', '),
              },
              {
                key: 'owner',
                header: t('disputes.owner'),
                cell: (d) => d.owner?.name ?? t('disputes.noOwner'),
              },
              {
                key: 'age',
                header: t('review.when'),
                cell: (d) => t('disputes.age', { days: d.ageDays }),
              },
            ]}
          />
        </Section>
      </div>

      <Section
        title={t('customer.timeline')}
        actions={
          <CsvLink
            path="/interactions"
            query={{ customerId, limit: 200 }}
            what={t('customer.timeline')}
          />
        }
      >
        <DataTable
          caption={t('customer.timelineCaption')}
          rows={timeline}
          rowKey={(e) => e.id}
          columns={[
            { key: 'sent', header: t('review.when'), cell: (e) => instant(e.sentAt, lang) },
            {
              key: 'client',
              header: t('review.client'),
              cell: (e) => <Badge appearance="outline">{t(`client.${e.client}`)}</Badge>,
            },
            {
              key: 'direction',
              header: t('review.direction'),
              cell: (e) => t(`direction.${e.direction}`),
            },
            { key: 'from', header: t('customer.from'), cell: (e) => e.from },
            { key: 'subject', header: t('review.summary'), cell: (e) => e.subject },
            { key: 'by', header: t('review.by'), cell: (e) => e.loggedBy.name },
          ]}
        />
      </Section>
    </>
  );
}

function FactPair({ term, value }: { term: string; value: string }) {
  return (
    <>
      <dt>{term}</dt>
      <dd style={{ margin: 0 }}>{value}</dd>
    </>
  );
}

/** Open invoices first, oldest due first; then the settled ones, most recent first. */
function openFirst(invoices: InvoiceView[]): InvoiceView[] {
  const open = invoices.filter((i) => i.status === 'open');
  const settled = invoices.filter((i) => i.status !== 'open');
  open.sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  settled.sort((a, b) => b.dueDate.localeCompare(a.dueDate));
  return [...open, ...settled];
}
