import type { ReactNode } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';

/** Props of Section. */
export interface SectionProps {
  title: string;
  /** Right of the title: export links, counters. */
  actions?: ReactNode;
  children: ReactNode;
}

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow4,
  },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

/** A titled block of a page, labelled by its heading for screen readers. */
export function Section({ title, actions, children }: SectionProps) {
  const styles = useStyles();
  const id = `s-${title.replace(/[^A-Za-z0-9]+/g, '-').toLowerCase()}`;
  return (
    <section className={styles.section} aria-labelledby={id}>
      <div className={styles.head}>
        <h2 id={id} className={styles.title}>
          {title}
        </h2>
        {actions}
      </div>
      {children}
    </section>
  );
}
