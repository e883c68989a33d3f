import { Badge, Button, Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import { StarFilled } from '@fluentui/react-icons';
import type { CustomerSummary, MatchResult } from '@relance/shared';
import { useServices } from '../pane/services.ts';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  nameRow: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
  },
  // Headings keep the pane's own rhythm, not the browser's h2 margins.
  name: { margin: 0 },
  badges: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  how: { color: tokens.colorNeutralForeground3 },
  other: { alignSelf: 'flex-start', paddingLeft: 0, minWidth: 0 },
});

/** Props of CustomerCard. */
export interface CustomerCardProps {
  customer: CustomerSummary;
  match: MatchResult;
  onNotThisCustomer: () => void;
}

/** Who the email is from: customer, segment, strategic mark, collector and how it matched. */
export function CustomerCard({ customer, match, onNotThisCustomer }: CustomerCardProps) {
  const styles = useStyles();
  const { messages } = useServices();
  const m = messages.who;
  const how = match.status === 'matched' ? m.matchedBy(match.step, match.evidence) : null;

  return (
    <section className={styles.root} aria-label={customer.name}>
      <div className={styles.nameRow}>
        <Text
          as="h2"
          size={500}
          weight="semibold"
          className={styles.name}
          data-testid="customer-name"
        >
          {customer.name}
        </Text>
        <Caption1>{customer.externalRef}</Caption1>
      </div>
      <div className={styles.badges}>
        {customer.strategic ? (
          <Badge appearance="filled" color="brand" icon={<StarFilled />}>
            {m.strategic}
          </Badge>
        ) : null}
        <Badge appearance="tint" color="informative">
          {m.segment[customer.segment]}
        </Badge>
        <Badge appearance="outline" color="informative">
          {customer.assignee ? m.assignedTo(customer.assignee.name) : m.unassigned}
        </Badge>
      </div>
      {how ? (
        <Caption1 className={styles.how} data-testid="match-how">
          {how}
        </Caption1>
      ) : null}
      <Button
        appearance="transparent"
        size="small"
        className={styles.other}
        onClick={onNotThisCustomer}
      >
        {m.notThisCustomer}
      </Button>
    </section>
  );
}
