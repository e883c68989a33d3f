import { Badge, Caption1, Checkbox, Text, makeStyles, tokens } from '@fluentui/react-components';
import { formatCalendarDate, formatMoney } from '@relance/shared';
import type { InvoiceView } from '@relance/shared';
import { useServices } from '../pane/services.ts';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  row: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr auto',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  main: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  badges: { display: 'flex', gap: tokens.spacingHorizontalXXS, flexWrap: 'wrap' },
  // Each part wraps as a whole at 320 px: "14 j de retard", never "14 j de" / "retard".
  part: { whiteSpace: 'nowrap' },
  late: { color: tokens.colorPaletteRedForeground1, whiteSpace: 'nowrap' },
  amount: { textAlign: 'right', whiteSpace: 'nowrap' },
});

/** Props of InvoiceList. */
export interface InvoiceListProps {
  invoices: InvoiceView[];
  mentioned: ReadonlySet<string>;
  selected: ReadonlySet<string>;
  onToggle: (invoiceId: string) => void;
}

/** Open invoices with due date, lateness, open amount and badges; selectable for the forms. */
export function InvoiceList({ invoices, mentioned, selected, onToggle }: InvoiceListProps) {
  const styles = useStyles();
  const { messages, language } = useServices();
  const m = messages.invoices;

  return (
    <ul className={styles.list} aria-label={m.title}>
      {invoices.map((invoice) => (
        <li key={invoice.id} className={styles.row} data-testid="invoice-row">
          <Checkbox
            checked={selected.has(invoice.id)}
            onChange={() => onToggle(invoice.id)}
            aria-label={m.select(invoice.number)}
          />
          <div className={styles.main}>
            <Text weight="semibold">{invoice.number}</Text>
            <Caption1>
              <span className={styles.part}>
                {m.due(formatCalendarDate(invoice.dueDate, language))} ·
              </span>{' '}
              <span className={invoice.daysOverdue > 0 ? styles.late : styles.part}>
                {invoice.daysOverdue > 0 ? m.daysOverdue(invoice.daysOverdue) : m.notDue}
              </span>
            </Caption1>
            <div className={styles.badges}>
              {mentioned.has(invoice.number) ? (
                <Badge size="small" appearance="tint" color="brand">
                  {m.mentioned}
                </Badge>
              ) : null}
              {invoice.disputed ? (
                <Badge size="small" appearance="tint" color="danger">
                  {m.disputed}
                </Badge>
              ) : null}
              {invoice.promised ? (
                <Badge size="small" appearance="tint" color="success">
                  {m.promised}
                </Badge>
              ) : null}
            </div>
          </div>
          <Text className={styles.amount}>
            {formatMoney(invoice.openAmount, invoice.currency, language)}
          </Text>
        </li>
      ))}
    </ul>
  );
}
