import { useState } from 'react';
import type { FormEvent } from 'react';
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ApiClientError } from '@relance/shared';
import type { SessionView } from '@relance/shared';
import type { DashboardApi } from './dashboard-api.ts';
import type { Translate } from './messages.ts';

/** Props of SignIn. */
export interface SignInProps {
  api: DashboardApi;
  t: Translate;
  /** A note shown above the form, e.g. that the session expired. */
  notice?: string | null;
  onSignedIn: (session: SessionView) => void;
}

const useStyles = makeStyles({
  page: { display: 'grid', placeItems: 'center', minHeight: '100vh' },
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    width: '22rem',
    padding: tokens.spacingHorizontalXXL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow16,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase600 },
});

/** The email-and-password sign-in form. */
export function SignIn({ api, t, notice, onSignedIn }: SignInProps) {
  const styles = useStyles();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await api.signIn(email.trim(), password));
    } catch (err) {
      if (err instanceof ApiClientError && err.status === 401) setError(t('signIn.wrong'));
      else if (err instanceof ApiClientError && err.status === 423) setError(t('signIn.locked'));
      else
        setError(t('signIn.failed', { detail: err instanceof Error ? err.message : String(err) }));
      setBusy(false);
    }
  }

  return (
    <main className={styles.page}>
      <form className={styles.form} onSubmit={(e) => void submit(e)} aria-labelledby="signin-title">
        <h1 id="signin-title" className={styles.title}>
          {t('signIn.title')}
        </h1>
        {notice ? (
          <MessageBar intent="warning">
            <MessageBarBody>{notice}</MessageBarBody>
          </MessageBar>
        ) : null}
        {error ? (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{error}</MessageBarBody>
          </MessageBar>
        ) : null}
        <Field label={t('signIn.email')} required>
          <Input
            type="email"
            name="email"
            autoComplete="username"
            value={email}
            onChange={(_, d) => setEmail(d.value)}
          />
        </Field>
        <Field label={t('signIn.password')} required>
          <Input
            type="password"
            name="password"
            autoComplete="current-password"
            value={password}
            onChange={(_, d) => setPassword(d.value)}
          />
        </Field>
        <Button appearance="primary" type="submit" disabled={busy}>
          {t('signIn.submit')}
        </Button>
      </form>
    </main>
  );
}
