import { Badge, Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import { formatCalendarDate, formatMoney } from '@relance/shared';
import type { ContextResponse, PaymentPromiseView } from '@relance/shared';
import type { OutboxEntry } from '../sync/outbox.ts';
import { formatInstantDate } from '../pane/format.ts';
import { useServices } from '../pane/services.ts';

const useStyles = makeStyles({
  group: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    marginBottom: tokens.spacingVerticalS,
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  line: { display: 'flex', flexDirection: 'column' },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Props of AccountActivity. */
export interface AccountActivityProps {
  context: ContextResponse;
  /** Writes for this customer still waiting to sync. */
  waiting: OutboxEntry[];
}

/** Open disputes, pending and last resolved promises, and the team's recent exchanges. */
export function AccountActivity({ context, waiting }: AccountActivityProps) {
  const styles = useStyles();
  const { messages, language, timeZone } = useServices();
  const m = messages.activity;
  const date = (d: string) => formatCalendarDate(d, language);
  const instant = (iso: string) => formatInstantDate(iso, language, timeZone);
  const promiseLine = (p: PaymentPromiseView) =>
    m.promiseLine(formatMoney(p.amount, p.currency, language), date(p.promisedDate));

  return (
    <div>
      {waiting.length > 0 ? (
        <div className={styles.group}>
          <ul className={styles.list}>
            {waiting.map((entry) => (
              <li key={entry.idempotencyKey}>
                <Badge appearance="tint" color="warning">
                  {messages.waitingBadge}
                </Badge>{' '}
                <Text>{entry.label}</Text>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className={styles.group}>
        <Text weight="semibold">{m.disputes}</Text>
        {context.disputes.length === 0 ? (
          <Caption1 className={styles.muted}>{m.none}</Caption1>
        ) : (
          <ul className={styles.list}>
            {context.disputes.map((d) => (
              <li key={d.id} className={styles.line}>
                <Text>
                  {messages.category[d.category]} · {d.invoiceNumbers.join(', ')}
                </Text>
                <Caption1 className={styles.muted}>
                  {d.owner?.name ?? d.openedBy.name} · {instant(d.createdAt)}
                </Caption1>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className={styles.group}>
        <Text weight="semibold">{m.promises}</Text>
        {context.promises.pending.length === 0 ? (
          <Caption1 className={styles.muted}>{m.none}</Caption1>
        ) : (
          <ul className={styles.list}>
            {context.promises.pending.map((p) => (
              <li key={p.id} className={styles.line}>
                <Text>{promiseLine(p)}</Text>
                <Caption1 className={styles.muted}>
                  {p.invoiceNumbers.join(', ')} · {p.loggedBy.name}
                </Caption1>
              </li>
            ))}
          </ul>
        )}
        {context.promises.lastResolved ? (
          <Caption1>
            {messages.labelled(
              m.lastResolved,
              `${promiseLine(context.promises.lastResolved)} — ${m.promiseStatus[context.promises.lastResolved.status]}`,
            )}
          </Caption1>
        ) : null}
      </div>
      <div className={styles.group}>
        <Text weight="semibold">{m.exchanges}</Text>
        {context.interactions.length === 0 ? (
          <Caption1 className={styles.muted}>{m.none}</Caption1>
        ) : (
          <ul className={styles.list}>
            {context.interactions.slice(0, 5).map((i) => (
              <li key={i.id} className={styles.line}>
                <Text truncate wrap={false}>
                  {i.subject}
                </Text>
                <Caption1 className={styles.muted}>
                  {m.exchangeBy(
                    i.loggedBy.name,
                    instant(i.sentAt),
                    i.client === 'outlook' ? 'Outlook' : 'Gmail',
                  )}
                </Caption1>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
