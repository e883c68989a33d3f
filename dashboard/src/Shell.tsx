import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { Button, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { SignOutRegular } from '@fluentui/react-icons';
import { hrefOf, mayOpen } from './routes.ts';
import type { Route } from './routes.ts';
import type { Lang, MessageKey } from './messages.ts';
import { useApp } from './useApp.ts';

/** Props of Shell. */
export interface ShellProps {
  route: Route;
  onLanguage: (lang: Lang) => void;
  onSignOut: () => void;
  children: ReactNode;
}

/** Below this width the layout stacks (phones, narrow windows). */
const NARROW = '@media (max-width: 48rem)';

const useStyles = makeStyles({
  root: {
    display: 'grid',
    gridTemplateColumns: '14rem 1fr',
    gridTemplateRows: 'auto 1fr',
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground2,
    // On a phone the navigation goes above the page, which then has the whole width.
    [NARROW]: { gridTemplateColumns: '1fr', gridTemplateRows: 'auto auto 1fr' },
  },
  header: {
    gridColumn: '1 / -1',
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  brand: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightBold, margin: 0 },
  spacer: { flexGrow: 1 },
  who: {
    color: tokens.colorNeutralForegroundOnBrand,
    [NARROW]: { order: 5, flexBasis: '100%', fontSize: tokens.fontSizeBase200 },
  },
  nav: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    [NARROW]: {
      flexDirection: 'row',
      flexWrap: 'wrap',
      borderRight: 'none',
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      padding: tokens.spacingVerticalS,
    },
  },
  link: {
    display: 'block',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground1,
    textDecorationLine: 'none',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  current: {
    backgroundColor: tokens.colorBrandBackground2,
    fontWeight: tokens.fontWeightSemibold,
  },
  main: {
    padding: tokens.spacingHorizontalXL,
    [NARROW]: { padding: tokens.spacingHorizontalM },
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    minWidth: 0,
    ':focus': { outlineStyle: 'none' },
  },
  skip: {
    position: 'absolute',
    left: '-999px',
    ':focus': { left: tokens.spacingHorizontalM, top: tokens.spacingVerticalM, zIndex: 10 },
  },
  lang: { minWidth: '6rem' },
});

const NAV: { route: Route; label: MessageKey; collectorLabel?: MessageKey }[] = [
  { route: { page: 'review' }, label: 'nav.review', collectorLabel: 'nav.myWork' },
  { route: { page: 'worklist' }, label: 'nav.worklist' },
  { route: { page: 'customers', q: '' }, label: 'nav.customers' },
  { route: { page: 'promises' }, label: 'nav.promises' },
  { route: { page: 'disputes' }, label: 'nav.disputes' },
  { route: { page: 'figures' }, label: 'nav.figures' },
  { route: { page: 'admin' }, label: 'nav.admin' },
];

function samePage(a: Route, b: Route): boolean {
  if (a.page === 'customer' && b.page === 'customers') return true;
  return a.page === b.page;
}

/** The frame of every signed-in page: header, navigation for the role, the page. */
export function Shell({ route, onLanguage, onSignOut, children }: ShellProps) {
  const styles = useStyles();
  const { t, session, lang } = useApp();
  const role = session.user.role;
  const main = useRef<HTMLElement>(null);

  // Moving to another page puts the focus on its content, as a screen reader expects.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [route]);

  return (
    <div className={styles.root}>
      <a
        href="#main"
        className={styles.skip}
        onClick={(e) => {
          e.preventDefault();
          main.current?.focus();
        }}
      >
        {t('skipToContent')}
      </a>
      <header className={styles.header}>
        <p className={styles.brand}>{t('appName')}</p>
        <span className={styles.spacer} />
        <Text className={styles.who}>
          {t('signedInAs', { name: session.user.name, role: t(`role.${role}`) })}
        </Text>
        <Select
          className={styles.lang}
          aria-label={t('language')}
          value={lang}
          onChange={(_, d) => onLanguage(d.value === 'en' ? 'en' : 'fr')}
        >
          <option value="fr">Français</option>
          <option value="en">English</option>
        </Select>
        <Button icon={<SignOutRegular />} onClick={onSignOut}>
          {t('signOut')}
        </Button>
      </header>
      <nav className={styles.nav} aria-label={t('mainNav')}>
        {NAV.filter((n) => mayOpen(role, n.route)).map((n) => {
          const current = samePage(route, n.route);
          return (
            <a
              key={n.route.page}
              href={hrefOf(n.route)}
              className={`${styles.link} ${current ? styles.current : ''}`}
              aria-current={current ? 'page' : undefined}
            >
              {t(role === 'collector' && n.collectorLabel ? n.collectorLabel : n.label)}
            </a>
          );
        })}
      </nav>
      <main id="main" ref={main} tabIndex={-1} className={styles.main}>
        {children}
      </main>
    </div>
  );
}
