import { Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import { AGING_BUCKETS, formatMoney } from '@relance/shared';
import type { AgingBucket, CurrencyBalance } from '@relance/shared';
import { useServices } from '../pane/services.ts';

const BUCKET_COLOURS: Record<AgingBucket, string> = {
  not_due: tokens.colorPaletteGreenBackground3,
  d1_30: tokens.colorPaletteYellowBackground3,
  d31_60: tokens.colorPaletteDarkOrangeBackground3,
  d61_90: tokens.colorPaletteRedBackground3,
  over_90: tokens.colorPaletteCranberryBackground2,
};

const useStyles = makeStyles({
  figures: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL },
  figure: { display: 'flex', flexDirection: 'column' },
  overdue: { color: tokens.colorPaletteRedForeground1 },
  bar: {
    display: 'flex',
    height: '10px',
    borderRadius: tokens.borderRadiusMedium,
    overflow: 'hidden',
    backgroundColor: tokens.colorNeutralBackground3,
    marginTop: tokens.spacingVerticalXS,
  },
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
    marginTop: tokens.spacingVerticalXXS,
  },
  swatch: {
    display: 'inline-block',
    width: '8px',
    height: '8px',
    borderRadius: tokens.borderRadiusCircular,
    marginRight: tokens.spacingHorizontalXXS,
  },
  block: { marginBottom: tokens.spacingVerticalS },
});

/** Props of BalanceSummary. */
export interface BalanceSummaryProps {
  balances: CurrencyBalance[];
}

/** Outstanding and overdue per currency, with the five aging buckets as one bar. */
export function BalanceSummary({ balances }: BalanceSummaryProps) {
  const styles = useStyles();
  const { messages, language } = useServices();
  const m = messages.balance;
  if (balances.length === 0) return <Caption1>{m.nothingOpen}</Caption1>;

  return (
    <div>
      {balances.map((balance) => {
        const money = (minor: number) => formatMoney(minor, balance.currency, language);
        const positive = AGING_BUCKETS.filter((b) => (balance.buckets[b] ?? 0) > 0);
        const total = positive.reduce((sum, b) => sum + (balance.buckets[b] ?? 0), 0);
        return (
          <div key={balance.currency} className={styles.block}>
            <div className={styles.figures}>
              <div className={styles.figure}>
                <Caption1>{m.outstanding}</Caption1>
                <Text weight="semibold" size={400}>
                  {money(balance.outstanding)}
                </Text>
              </div>
              <div className={styles.figure}>
                <Caption1>{m.overdue}</Caption1>
                <Text
                  weight="semibold"
                  size={400}
                  className={balance.overdue > 0 ? styles.overdue : undefined}
                >
                  {money(balance.overdue)}
                </Text>
              </div>
              {balance.disputed > 0 ? (
                <div className={styles.figure}>
                  <Caption1>{m.disputed}</Caption1>
                  <Text weight="semibold" size={400}>
                    {money(balance.disputed)}
                  </Text>
                </div>
              ) : null}
            </div>
            <div
              className={styles.bar}
              role="img"
              aria-label={positive
                .map((b) => `${m.bucket[b]} ${money(balance.buckets[b] ?? 0)}`)
                .join(', ')}
            >
              {positive.map((b) => (
                <div
                  key={b}
                  data-bucket={b}
                  style={{
                    flexGrow: balance.buckets[b] ?? 0,
                    flexBasis: 0,
                    backgroundColor: BUCKET_COLOURS[b],
                    minWidth: total > 0 ? '3px' : 0,
                  }}
                />
              ))}
            </div>
            <div className={styles.legend}>
              {positive.map((b) => (
                <Caption1 key={b}>
                  <span className={styles.swatch} style={{ backgroundColor: BUCKET_COLOURS[b] }} />
                  {m.bucket[b]} {money(balance.buckets[b] ?? 0)}
                </Caption1>
              ))}
            </div>
          </div>
        );
      })}
    </div>
  );
}
