import { useState } from 'react';
import {
  Badge,
  Button,
  Card,
  CardHeader,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { DISPUTE_CATEGORIES, DISPUTE_RESOLUTIONS, DISPUTE_STATUSES } from '@relance/shared';
import type { ActivityReport, DisputeStatus, DisputeView, UserRef } from '@relance/shared';
import { CsvLink } from './CsvLink.tsx';
import { ErrorNote } from './ErrorNote.tsx';
import { money, todayLocal } from './format.ts';
import type { MessageKey } from './messages.ts';
import { hrefOf } from './routes.ts';
import { useApp } from './useApp.ts';
import { useLoad } from './useLoad.ts';

interface Page<T> {
  items: T[];
}

const useStyles = makeStyles({
  bar: { display: 'flex', gap: tokens.spacingHorizontalL, alignItems: 'end', flexWrap: 'wrap' },
  board: {
    display: 'grid',
    gridTemplateColumns: 'repeat(4, minmax(14rem, 1fr))',
    gap: tokens.spacingHorizontalM,
    overflowX: 'auto',
  },
  column: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    listStyleType: 'none',
    margin: 0,
  },
  columnTitle: { margin: 0, fontSize: tokens.fontSizeBase400, padding: tokens.spacingVerticalXS },
  card: { width: '100%' },
  meta: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** The disputes board: one column per status, cards with category, age and owner. */
export function DisputesBoard() {
  const styles = useStyles();
  const { api, t, lang, session } = useApp();
  const [category, setCategory] = useState('');
  const [editing, setEditing] = useState<DisputeView | null>(null);
  const [saved, setSaved] = useState(false);
  const loaded = useLoad(async () => {
    const pages = await Promise.all(
      DISPUTE_STATUSES.map((status) =>
        api.client.request<Page<DisputeView>>('GET', '/disputes', {
          query: { status, limit: 100, ...(category ? { category } : {}) },
        }),
      ),
    );
    const today = todayLocal();
    const activity = await api.client
      .request<ActivityReport>('GET', '/reports/activity', {
        query: { from: `${today.slice(0, 4)}-01-01`, to: today },
      })
      .catch(() => null);
    return { byStatus: pages.map((p) => p.items), activity };
  }, [category]);

  const owners = new Map<string, UserRef>();
  owners.set(session.user.id, {
    id: session.user.id,
    name: session.user.name,
    email: session.user.email,
  });
  for (const row of loaded.data?.activity?.rows ?? []) owners.set(row.collector.id, row.collector);
  for (const list of loaded.data?.byStatus ?? [])
    for (const d of list) if (d.owner) owners.set(d.owner.id, d.owner);

  return (
    <>
      <h1>{t('disputes.title')}</h1>
      <div className={styles.bar}>
        <Field label={t('disputes.category')}>
          <Select value={category} onChange={(_, d) => setCategory(d.value)}>
            <option value="">{t('all')}</option>
            {DISPUTE_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`category.${c}` as MessageKey)}
              </option>
            ))}
          </Select>
        </Field>
        <CsvLink
          path="/disputes"
          query={{ limit: 200, ...(category ? { category } : {}) }}
          what={t('disputes.title')}
        />
      </div>
      {saved ? (
        <MessageBar intent="success">
          <MessageBarBody>{t('disputes.saved')}</MessageBarBody>
        </MessageBar>
      ) : null}
      {loaded.error ? <ErrorNote error={loaded.error} onRetry={loaded.reload} /> : null}
      {loaded.loading && !loaded.data ? (
        <Spinner label={t('loading')} />
      ) : (
        <div className={styles.board} role="region" aria-label={t('disputes.board')}>
          {DISPUTE_STATUSES.map((status, index) => {
            const items = loaded.data?.byStatus[index] ?? [];
            const titleId = `dcol-${status}`;
            return (
              <section key={status} aria-labelledby={titleId}>
                <h2 id={titleId} className={styles.columnTitle}>
                  {t(`dstatus.${status}` as MessageKey)}{' '}
                  <Badge appearance="tint">{items.length}</Badge>
                </h2>
                <ul className={styles.column}>
                  {items.map((d) => (
                    <li key={d.id}>
                      <Card className={styles.card} size="small" data-dispute={d.id}>
                        <CardHeader
                          header={
                            <a href={hrefOf({ page: 'customer', id: d.customerId })}>
                              <Text weight="semibold">{d.customerName}</Text>
                            </a>
                          }
                          description={
                            <Badge appearance="outline">
                              {t(`category.${d.category}` as MessageKey)}
                            </Badge>
                          }
                        />
                        <div className={styles.meta}>
                          <Text size={200}>{t('disputes.age', { days: d.ageDays })}</Text>
                          <Text size={200}>
                            {t('disputes.owner')}: {d.owner?.name ?? t('disputes.noOwner')}
                          </Text>
                          <Text size={200} className={styles.muted}>
                            {d.invoiceNumbers.join(', ')} ·{' '}
                            {d.amount.map((a) => money(a.amount, a.currency, lang)).join(' + ')}
                          </Text>
                          {d.resolution ? (
                            <Text size={200}>{t(`resolution.${d.resolution}` as MessageKey)}</Text>
                          ) : null}
                        </div>
                        <Button
                          size="small"
                          onClick={() => {
                            setSaved(false);
                            setEditing(d);
                          }}
                          aria-label={`${t('disputes.change')} — ${d.customerName}, ${t(`category.${d.category}` as MessageKey)}`}
                        >
                          {t('disputes.change')}
                        </Button>
                      </Card>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </div>
      )}
      {/* The dialog stays mounted and closes through `open`: unmounting a Fluent dialog while
          open leaves aria-hidden on the page, hiding it from screen readers. */}
      <Dialog
        open={editing !== null}
        onOpenChange={(_, d) => (d.open ? undefined : setEditing(null))}
      >
        <DialogSurface>
          {editing ? (
            <DisputeForm
              key={editing.id}
              dispute={editing}
              owners={[...owners.values()]}
              onClose={() => setEditing(null)}
              onSaved={() => {
                setEditing(null);
                setSaved(true);
                loaded.reload();
              }}
            />
          ) : null}
        </DialogSurface>
      </Dialog>
    </>
  );
}

/** Props of DisputeForm. */
interface DisputeFormProps {
  dispute: DisputeView;
  owners: UserRef[];
  onClose: () => void;
  onSaved: () => void;
}

/** The body of the dispute dialog: status, owner, resolution and a note. */
function DisputeForm({ dispute, owners, onClose, onSaved }: DisputeFormProps) {
  const { api, t } = useApp();
  const [status, setStatus] = useState<DisputeStatus>(dispute.status);
  const [ownerId, setOwnerId] = useState(dispute.owner?.id ?? '');
  const [resolution, setResolution] = useState<string>(dispute.resolution ?? '');
  const [note, setNote] = useState('');
  const [error, setError] = useState<Error | null>(null);
  const [busy, setBusy] = useState(false);
  const [key] = useState(() => crypto.randomUUID());

  async function save() {
    setBusy(true);
    setError(null);
    const body: Record<string, unknown> = {};
    if (status !== dispute.status) body.status = status;
    if ((dispute.owner?.id ?? '') !== ownerId) body.ownerId = ownerId || null;
    if (resolution && resolution !== dispute.resolution) body.resolution = resolution;
    if (note.trim()) body.note = note.trim();
    try {
      await api.client.request('PATCH', `/disputes/${encodeURIComponent(dispute.id)}`, {
        body,
        idempotencyKey: key,
      });
      onSaved();
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)));
      setBusy(false);
    }
  }

  return (
    <DialogBody>
      <DialogTitle>{t('disputes.changeTitle', { customer: dispute.customerName })}</DialogTitle>
      <DialogContent>
        {error ? <ErrorNote error={error} /> : null}
        <Field label={t('disputes.status')}>
          <Select value={status} onChange={(_, d) => setStatus(d.value as DisputeStatus)}>
            {DISPUTE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`dstatus.${s}` as MessageKey)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('disputes.owner')}>
          <Select value={ownerId} onChange={(_, d) => setOwnerId(d.value)}>
            <option value="">{t('disputes.noOwner')}</option>
            {owners.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('disputes.resolution')} required={status === 'resolved'}>
          <Select value={resolution} onChange={(_, d) => setResolution(d.value)}>
            <option value="">—</option>
            {DISPUTE_RESOLUTIONS.map((r) => (
              <option key={r} value={r}>
                {t(`resolution.${r}` as MessageKey)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('disputes.note')}>
          <Textarea value={note} onChange={(_, d) => setNote(d.value)} maxLength={4000} />
        </Field>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('cancel')}</Button>
        <Button appearance="primary" disabled={busy} onClick={() => void save()}>
          {t('save')}
        </Button>
      </DialogActions>
    </DialogBody>
  );
}
