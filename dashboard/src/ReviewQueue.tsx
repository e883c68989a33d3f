import { useEffect, useState } from 'react';
import {
  Badge,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Select,
  Spinner,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { CheckmarkRegular } from '@fluentui/react-icons';
import { ReviewPage } from '@relance/shared';
import type { ReviewItem, UserRef } from '@relance/shared';
import { CsvLink } from './CsvLink.tsx';
import { CustomerFilter } from './CustomerFilter.tsx';
import { DataTable } from './DataTable.tsx';
import type { Column } from './DataTable.tsx';
import { ErrorNote } from './ErrorNote.tsx';
import { calendarDate, instant, money } from './format.ts';
import type { MessageKey } from './messages.ts';
import { hrefOf } from './routes.ts';
import { useApp } from './useApp.ts';

/** Filters of the queue, as the API names them ('' = any). */
export interface ReviewFilters {
  collectorId: string;
  customerId: string;
  client: string;
  direction: string;
  kind: string;
  from: string;
  to: string;
  reviewed: string;
}

const NO_FILTERS: ReviewFilters = {
  collectorId: '',
  customerId: '',
  client: '',
  direction: '',
  kind: '',
  from: '',
  to: '',
  reviewed: '',
};

const useStyles = makeStyles({
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  title: { margin: 0, fontSize: tokens.fontSizeHero700, fontWeight: tokens.fontWeightSemibold },
  filters: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(10rem, 1fr))',
    gap: tokens.spacingHorizontalM,
    alignItems: 'end',
    border: 'none',
    padding: 0,
    margin: 0,
    // A grid cell may shrink below its field's natural width instead of overlapping the next.
    '& > *': { minWidth: 0 },
    // Boxes shrink to their cell: Chromium's date and search inputs keep ~200 px otherwise.
    '& .fui-Input': { width: '100%', minWidth: 0 },
    '& input': { minWidth: 0, width: '100%' },
  },
  nowrap: { whiteSpace: 'nowrap', minWidth: 'max-content' },
  legend: { fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalS },
  mark: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  muted: { color: tokens.colorNeutralForeground3 },
  fill: { width: '100%', minWidth: 0 },
});

function queryOf(filters: ReviewFilters): Record<string, string | undefined> {
  const query: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(filters)) if (v) query[k] = v;
  return query;
}

/** The review queue: everything logged from the inbox, newest first, to mark reviewed. */
export function ReviewQueue() {
  const styles = useStyles();
  const { api, t, lang, session } = useApp();
  const isManager = session.user.role !== 'collector';
  const [filters, setFilters] = useState<ReviewFilters>(NO_FILTERS);
  const [items, setItems] = useState<ReviewItem[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [unreviewed, setUnreviewed] = useState<number | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [loading, setLoading] = useState(true);
  const [collectors, setCollectors] = useState<UserRef[]>([]);
  const [marking, setMarking] = useState<ReviewItem | null>(null);
  const [round, setRound] = useState(0);
  const [resets, setResets] = useState(0);

  async function fetchPage(after: string | null) {
    return api.client.request('GET', '/review', {
      query: { ...queryOf(filters), ...(after ? { cursor: after } : {}) },
      schema: ReviewPage,
    });
  }

  useEffect(() => {
    let live = true;
    setLoading(true);
    setError(null);
    fetchPage(null).then(
      (page) => {
        if (!live) return;
        setItems(page.items);
        setCursor(page.nextCursor);
        setUnreviewed(page.unreviewedCount);
        setCollectors((known) => mergeCollectors(known, page.items));
        setLoading(false);
      },
      (err: unknown) => {
        if (!live) return;
        setError(err instanceof Error ? err : new Error(String(err)));
        setLoading(false);
      },
    );
    return () => {
      live = false;
    };
    // fetchPage reads the filters, which are the dependency.
  }, [filters, round]);

  async function loadMore() {
    if (!cursor) return;
    try {
      const page = await fetchPage(cursor);
      setItems((old) => [...old, ...page.items]);
      setCursor(page.nextCursor);
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)));
    }
  }

  function set<K extends keyof ReviewFilters>(key: K, value: string) {
    setFilters((f) => ({ ...f, [key]: value }));
  }

  const kindLabel = (kind: ReviewItem['kind']) => t(`kind.${kind}` as MessageKey);
  const summaryOf = (item: ReviewItem) => {
    if (item.kind === 'dispute') return t(`category.${item.summary}` as MessageKey);
    if (item.kind === 'promise') return `${t('promises.date')} ${calendarDate(item.summary, lang)}`;
    return item.summary;
  };

  const columns: Column<ReviewItem>[] = [
    { key: 'at', header: t('review.when'), cell: (i) => instant(i.at, lang) },
    {
      key: 'kind',
      header: t('review.what'),
      cell: (i) => (
        <Badge
          appearance="tint"
          color={i.kind === 'dispute' ? 'danger' : i.kind === 'promise' ? 'success' : 'brand'}
        >
          {kindLabel(i.kind)}
        </Badge>
      ),
    },
    {
      key: 'customer',
      header: t('promises.customer'),
      cell: (i) =>
        isManager ? (
          <a href={hrefOf({ page: 'customer', id: i.customer.id })}>{i.customer.name}</a>
        ) : (
          i.customer.name
        ),
    },
    { key: 'by', header: t('review.by'), cell: (i) => i.collector.name },
    {
      key: 'client',
      header: t('review.client'),
      cell: (i) =>
        [
          i.client ? t(`client.${i.client}`) : null,
          i.direction ? t(`direction.${i.direction}`) : null,
        ]
          .filter(Boolean)
          .join(' · '),
    },
    { key: 'summary', header: t('review.summary'), cell: summaryOf },
    {
      key: 'amount',
      header: t('review.amount'),
      numeric: true,
      cell: (i) => (i.amount ? money(i.amount.amount, i.amount.currency, lang) : ''),
    },
    {
      key: 'status',
      header: t('review.status'),
      cell: (i) =>
        i.status
          ? t((i.kind === 'dispute' ? `dstatus.${i.status}` : `status.${i.status}`) as MessageKey)
          : '',
    },
    {
      key: 'review',
      header: t('review.review'),
      cell: (i) =>
        i.review ? (
          <span className={styles.mark}>
            <Text size={200}>
              <CheckmarkRegular aria-hidden />{' '}
              {t('review.reviewedBy', {
                name: i.review.reviewer.name,
                date: instant(i.review.reviewedAt, lang),
              })}
            </Text>
            {i.review.comment ? (
              <Text size={200} className={styles.muted}>
                “{i.review.comment}”
              </Text>
            ) : null}
          </span>
        ) : isManager ? (
          <Button
            className={styles.nowrap}
            size="small"
            onClick={() => setMarking(i)}
            aria-label={t('review.markItem', {
              what: kindLabel(i.kind),
              customer: i.customer.name,
            })}
          >
            {t('review.mark')}
          </Button>
        ) : (
          <Text className={styles.muted}>{t('review.onlyUnreviewed')}</Text>
        ),
    },
  ];

  return (
    <>
      <div className={styles.head}>
        <h1 className={styles.title}>{isManager ? t('review.title') : t('review.myTitle')}</h1>
        {unreviewed !== null ? (
          <Badge
            appearance={unreviewed > 0 ? 'filled' : 'tint'}
            color={unreviewed > 0 ? 'important' : 'success'}
            size="large"
            data-testid="unreviewed-count"
          >
            {t('review.unreviewed', { count: unreviewed })}
          </Badge>
        ) : null}
        <CsvLink path="/review" query={queryOf(filters)} what={t('review.title')} />
      </div>

      <fieldset className={styles.filters}>
        <legend className={styles.legend}>{t('review.filters')}</legend>
        {isManager ? (
          <Field label={t('review.collector')}>
            <Select value={filters.collectorId} onChange={(_, d) => set('collectorId', d.value)}>
              <option value="">{t('all')}</option>
              {collectors.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </Select>
          </Field>
        ) : null}
        <Field label={t('review.kind')}>
          <Select value={filters.kind} onChange={(_, d) => set('kind', d.value)}>
            <option value="">{t('all')}</option>
            <option value="email">{t('kind.email')}</option>
            <option value="promise">{t('kind.promise')}</option>
            <option value="dispute">{t('kind.dispute')}</option>
          </Select>
        </Field>
        <Field label={t('review.client')}>
          <Select value={filters.client} onChange={(_, d) => set('client', d.value)}>
            <option value="">{t('all')}</option>
            <option value="outlook">{t('client.outlook')}</option>
            <option value="gmail">{t('client.gmail')}</option>
          </Select>
        </Field>
        <Field label={t('review.direction')}>
          <Select value={filters.direction} onChange={(_, d) => set('direction', d.value)}>
            <option value="">{t('all')}</option>
            <option value="inbound">{t('direction.inbound')}</option>
            <option value="outbound">{t('direction.outbound')}</option>
          </Select>
        </Field>
        <Field label={t('review.reviewed')}>
          <Select value={filters.reviewed} onChange={(_, d) => set('reviewed', d.value)}>
            <option value="">{t('all')}</option>
            <option value="false">{t('review.onlyUnreviewed')}</option>
            <option value="true">{t('review.onlyReviewed')}</option>
          </Select>
        </Field>
        <Field label={t('review.from')}>
          <Input
            className={styles.fill}
            type="date"
            value={filters.from}
            onChange={(_, d) => set('from', d.value)}
          />
        </Field>
        <Field label={t('review.to')}>
          <Input
            className={styles.fill}
            type="date"
            value={filters.to}
            onChange={(_, d) => set('to', d.value)}
          />
        </Field>
        <CustomerFilter resetKey={resets} onChange={(id) => set('customerId', id)} />
        <Button
          onClick={() => {
            setFilters(NO_FILTERS);
            setResets((n) => n + 1);
          }}
        >
          {t('review.reset')}
        </Button>
      </fieldset>

      {error ? <ErrorNote error={error} onRetry={() => setRound((r) => r + 1)} /> : null}
      {loading ? (
        <Spinner label={t('loading')} />
      ) : (
        <DataTable
          caption={t('review.caption')}
          columns={columns}
          rows={items}
          rowKey={(i) => `${i.kind}:${i.id}`}
        />
      )}
      {cursor && !loading ? <Button onClick={() => void loadMore()}>{t('loadMore')}</Button> : null}

      {/* The dialog stays mounted and closes through `open`: unmounting a Fluent dialog while
          open leaves aria-hidden on the page, hiding it from screen readers. */}
      <Dialog
        open={marking !== null}
        onOpenChange={(_, d) => (d.open ? undefined : setMarking(null))}
      >
        <DialogSurface>
          {marking ? (
            <MarkForm
              key={`${marking.kind}:${marking.id}`}
              item={marking}
              onClose={() => setMarking(null)}
              onMarked={(updated) => {
                setItems((old) =>
                  filters.reviewed === 'false'
                    ? old.filter((i) => !(i.kind === updated.kind && i.id === updated.id))
                    : old.map((i) =>
                        i.kind === updated.kind && i.id === updated.id ? updated : i,
                      ),
                );
                setUnreviewed((n) => (n === null ? n : Math.max(0, n - 1)));
                setMarking(null);
              }}
            />
          ) : null}
        </DialogSurface>
      </Dialog>
    </>
  );
}

function mergeCollectors(known: UserRef[], items: ReviewItem[]): UserRef[] {
  const byId = new Map(known.map((c) => [c.id, c]));
  for (const i of items) byId.set(i.collector.id, i.collector);
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** Props of MarkForm. */
interface MarkFormProps {
  item: ReviewItem;
  onClose: () => void;
  onMarked: (item: ReviewItem) => void;
}

/** The body of the review dialog: what is marked and an optional comment. */
function MarkForm({ item, onClose, onMarked }: MarkFormProps) {
  const { api, t } = useApp();
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const [key] = useState(() => crypto.randomUUID());

  async function save() {
    setBusy(true);
    try {
      const updated = await api.client.request<ReviewItem>(
        'POST',
        `/review/${item.kind}/${encodeURIComponent(item.id)}`,
        {
          body: comment.trim() ? { comment: comment.trim() } : {},
          idempotencyKey: key,
        },
      );
      onMarked(updated);
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)));
      setBusy(false);
    }
  }

  return (
    <DialogBody>
      <DialogTitle>{t('review.markTitle')}</DialogTitle>
      <DialogContent>
        <p>
          {t(`kind.${item.kind}` as MessageKey)} — {item.customer.name}
        </p>
        {error ? <ErrorNote error={error} /> : null}
        <Field label={t('review.comment')}>
          <Textarea value={comment} onChange={(_, d) => setComment(d.value)} maxLength={2000} />
        </Field>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('cancel')}</Button>
        <Button appearance="primary" disabled={busy} onClick={() => void save()}>
          {t('review.mark')}
        </Button>
      </DialogActions>
    </DialogBody>
  );
}
