import { Badge, Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import { daysPastDue, formatCalendarDate, formatMoney } from '@relance/shared';
import type { Language, WorklistItem, WorklistResponse } from '@relance/shared';
import type { Messages } from '../i18n/messages.ts';
import { useServices } from '../pane/services.ts';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  top: {
    display: 'flex',
    alignSelf: 'stretch',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  amount: { whiteSpace: 'nowrap' },
  heading: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Props of WorklistView. */
export interface WorklistViewProps {
  worklist: WorklistResponse;
}

// Invoice numbers are what a collector searches for; past three, a count reads better.
function invoicesPart(item: WorklistItem, m: Messages['worklist']): string | null {
  const numbers = item.invoiceNumbers;
  if (numbers.length === 0) return null;
  return numbers.length <= 3 ? numbers.join(', ') : m.invoiceCount(numbers.length);
}

function timingPart(
  item: WorklistItem,
  asOf: string,
  m: Messages['worklist'],
  language: Language,
): string | null {
  if (!item.dueDate) return null;
  switch (item.kind) {
    case 'overdue_reminder':
      return m.overdueBy(daysPastDue(item.dueDate, asOf), item.invoiceNumbers.length);
    case 'pre_due_reminder':
    case 'receipt_check':
      return m.dueIn(-daysPastDue(item.dueDate, asOf));
    case 'promise_due_today':
    case 'promise_broken':
      return m.promisedFor(formatCalendarDate(item.dueDate, language));
    case 'dispute_owned':
      return null;
  }
}

/**
 * The line under an item, written by the pane in its own language from the item's fields (the
 * server's `title` and `detail` are English).
 */
export function worklistDetail(
  item: WorklistItem,
  asOf: string,
  messages: Messages,
  language: Language,
): string {
  const m = messages.worklist;
  return [invoicesPart(item, m), timingPart(item, asOf, m, language)]
    .filter((part): part is string => part !== null)
    .join(' · ');
}

/** The line naming what to do: the kind of task, and the tone of a reminder. */
export function worklistTitle(item: WorklistItem, messages: Messages): string {
  const kind = messages.worklist.kind[item.kind];
  return item.tone && item.kind === 'overdue_reminder'
    ? `${kind} · ${messages.actions.toneName[item.tone]}`
    : kind;
}

/** The collector's work for today, shown when no email is selected. */
export function WorklistView({ worklist }: WorklistViewProps) {
  const styles = useStyles();
  const { messages, language } = useServices();
  const m = messages.worklist;
  return (
    <section aria-label={m.title} className={styles.root}>
      <Caption1 className={styles.muted}>{m.noItem}</Caption1>
      <Text as="h2" size={400} weight="semibold" block className={styles.heading}>
        {m.title}
      </Text>
      {worklist.items.length === 0 ? (
        <Caption1>{m.empty}</Caption1>
      ) : (
        <ul className={styles.list}>
          {worklist.items.map((item, i) => (
            <li
              key={`${item.kind}-${item.customer.id}-${i}`}
              className={styles.item}
              data-testid="worklist-item"
            >
              <div className={styles.top}>
                <Text weight="semibold">{item.customer.name}</Text>
                {item.amount ? (
                  <Text className={styles.amount}>
                    {formatMoney(item.amount.amount, item.amount.currency, language)}
                  </Text>
                ) : null}
              </div>
              <Text>{worklistTitle(item, messages)}</Text>
              <Caption1 className={styles.muted}>
                {worklistDetail(item, worklist.asOf, messages, language)}
              </Caption1>
              {item.escalateToManager ? (
                <Badge size="small" color="danger" appearance="tint">
                  {m.escalate}
                </Badge>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
