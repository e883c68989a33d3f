import { Badge, Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import { formatMoney } from '@relance/shared';
import type { WorklistResponse } from '@relance/shared';
import { useServices } from '../pane/services.ts';

const useStyles = makeStyles({
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
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  top: { display: 'flex', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Props of WorklistView. */
export interface WorklistViewProps {
  worklist: WorklistResponse;
}

/** The collector's work for today, shown when no email is selected. */
export function WorklistView({ worklist }: WorklistViewProps) {
  const styles = useStyles();
  const { messages, language } = useServices();
  const m = messages.worklist;
  return (
    <section aria-label={m.title}>
      <Caption1 className={styles.muted}>{m.noItem}</Caption1>
      <Text as="h2" size={400} weight="semibold" block>
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
                  <Text>{formatMoney(item.amount.amount, item.amount.currency, language)}</Text>
                ) : null}
              </div>
              <Text>{item.title}</Text>
              <Caption1 className={styles.muted}>{item.detail}</Caption1>
              {item.escalateToManager ? (
                <Badge size="small" color="danger" appearance="tint">
                  !
                </Badge>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
