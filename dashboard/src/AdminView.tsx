import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  SpinButton,
  Switch,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Settings, UserView } from '@relance/shared';
import { CsvLink } from './CsvLink.tsx';
import { DataTable } from './DataTable.tsx';
import { ErrorNote } from './ErrorNote.tsx';
import { instant } from './format.ts';
import { Section } from './Section.tsx';
import { useApp } from './useApp.ts';
import { useLoad } from './useLoad.ts';

interface TokenView {
  id: string;
  userId: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

const useStyles = makeStyles({
  form: {
    display: 'flex',
    gap: tokens.spacingHorizontalM,
    alignItems: 'end',
    flexWrap: 'wrap',
    // A field never runs past the form on a narrow screen (a long user label in a select).
    '& > *': { maxWidth: '100%', minWidth: 0 },
    '& .fui-Select, & select': { maxWidth: '100%', minWidth: 0 },
  },
  settings: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(18rem, 100%), 1fr))',
    gap: tokens.spacingHorizontalL,
    // Each field keeps its own height: a number box is not stretched to a textarea's.
    alignItems: 'start',
    marginBottom: tokens.spacingVerticalL,
  },
  secret: { fontFamily: tokens.fontFamilyMonospace, wordBreak: 'break-all' },
});

function lines(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
}

/** Administration: users and roles, API tokens, settings. */
export function AdminView() {
  const { t } = useApp();
  return (
    <>
      <h1>{t('admin.title')}</h1>
      <UsersSection />
      <TokensSection />
      <SettingsSection />
    </>
  );
}

function useWrite() {
  const { api } = useApp();
  const [error, setError] = useState<Error | null>(null);
  async function write<T>(method: string, path: string, body?: unknown): Promise<T | null> {
    setError(null);
    try {
      return await api.client.request<T>(method, path, {
        body,
        idempotencyKey: crypto.randomUUID(),
      });
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)));
      return null;
    }
  }
  return { error, write };
}

function UsersSection() {
  const styles = useStyles();
  const { api, t, lang, session } = useApp();
  const users = useLoad(() => api.client.request<{ items: UserView[] }>('GET', '/users'), []);
  const { error, write } = useWrite();
  const [form, setForm] = useState({
    email: '',
    name: '',
    role: 'collector',
    language: 'fr',
    password: '',
  });
  const [done, setDone] = useState<string | null>(null);

  async function create(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    const created = await write<UserView>('POST', '/users', {
      ...form,
      ...(form.password ? {} : { password: undefined }),
    });
    if (created) {
      setDone(t('admin.userCreated', { email: created.email }));
      setForm({ email: '', name: '', role: 'collector', language: 'fr', password: '' });
      users.reload();
    }
  }

  async function update(user: UserView, change: Partial<UserView>) {
    if (await write('PATCH', `/users/${encodeURIComponent(user.id)}`, change)) users.reload();
  }

  return (
    <Section title={t('admin.users')} actions={<CsvLink path="/users" what={t('admin.users')} />}>
      {error ? <ErrorNote error={error} /> : null}
      {done ? (
        <MessageBar intent="success">
          <MessageBarBody>{done}</MessageBarBody>
        </MessageBar>
      ) : null}
      {users.loading ? (
        <Spinner label={t('loading')} />
      ) : (
        <DataTable
          caption={t('admin.users')}
          rows={users.data?.items ?? []}
          rowKey={(u) => u.id}
          columns={[
            { key: 'name', header: t('admin.name'), cell: (u) => u.name },
            { key: 'email', header: t('admin.email'), cell: (u) => u.email },
            {
              key: 'role',
              header: t('admin.role'),
              cell: (u) => (
                <Select
                  aria-label={`${t('admin.role')} — ${u.name}`}
                  value={u.role}
                  disabled={u.id === session.user.id}
                  onChange={(_, d) => void update(u, { role: d.value as UserView['role'] })}
                >
                  <option value="collector">{t('role.collector')}</option>
                  <option value="manager">{t('role.manager')}</option>
                  <option value="admin">{t('role.admin')}</option>
                </Select>
              ),
            },
            {
              key: 'created',
              header: t('admin.createdAt'),
              cell: (u) => instant(u.createdAt, lang),
            },
            {
              key: 'disabled',
              header: t('admin.disabled'),
              cell: (u) => (
                <Button
                  size="small"
                  disabled={u.id === session.user.id}
                  onClick={() => void update(u, { disabled: !u.disabled })}
                  aria-label={`${u.disabled ? t('admin.enable') : t('admin.disable')} — ${u.name}`}
                >
                  {u.disabled ? t('admin.enable') : t('admin.disable')}
                </Button>
              ),
            },
          ]}
        />
      )}
      <form
        className={styles.form}
        onSubmit={(e) => void create(e)}
        aria-label={t('admin.createUser')}
      >
        <Field label={t('admin.email')} required>
          <Input
            type="email"
            value={form.email}
            onChange={(_, d) => setForm({ ...form, email: d.value })}
          />
        </Field>
        <Field label={t('admin.name')} required>
          <Input value={form.name} onChange={(_, d) => setForm({ ...form, name: d.value })} />
        </Field>
        <Field label={t('admin.role')}>
          <Select value={form.role} onChange={(_, d) => setForm({ ...form, role: d.value })}>
            <option value="collector">{t('role.collector')}</option>
            <option value="manager">{t('role.manager')}</option>
            <option value="admin">{t('role.admin')}</option>
          </Select>
        </Field>
        <Field label={t('admin.language')}>
          <Select
            value={form.language}
            onChange={(_, d) => setForm({ ...form, language: d.value })}
          >
            <option value="fr">Français</option>
            <option value="en">English</option>
          </Select>
        </Field>
        <Field label={t('admin.password')}>
          <Input
            type="password"
            autoComplete="new-password"
            value={form.password}
            onChange={(_, d) => setForm({ ...form, password: d.value })}
          />
        </Field>
        <Button type="submit" appearance="primary">
          {t('admin.createUser')}
        </Button>
      </form>
    </Section>
  );
}

function TokensSection() {
  const styles = useStyles();
  const { api, t, lang, session } = useApp();
  const tokens = useLoad(async () => {
    const [list, users] = await Promise.all([
      api.client.request<{ items: TokenView[] }>('GET', '/tokens'),
      api.client.request<{ items: UserView[] }>('GET', '/users'),
    ]);
    return { items: list.items, users: users.items };
  }, []);
  const { error, write } = useWrite();
  const [userId, setUserId] = useState(session.user.id);
  const [name, setName] = useState('');
  const [secret, setSecret] = useState<string | null>(null);
  const nameOf = (id: string) => tokens.data?.users.find((u) => u.id === id)?.name ?? id;

  async function create(event: FormEvent) {
    event.preventDefault();
    const created = await write<TokenView & { token: string }>('POST', '/tokens', {
      userId,
      name: name.trim(),
    });
    if (created) {
      setSecret(created.token);
      setName('');
      tokens.reload();
    }
  }

  return (
    <Section
      title={t('admin.tokens')}
      actions={<CsvLink path="/tokens" what={t('admin.tokens')} />}
    >
      {error ? <ErrorNote error={error} /> : null}
      {secret ? (
        <MessageBar intent="success">
          <MessageBarBody>
            {t('admin.tokenSecret')} <code className={styles.secret}>{secret}</code>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {tokens.loading ? (
        <Spinner label={t('loading')} />
      ) : (
        <DataTable
          caption={t('admin.tokens')}
          rows={tokens.data?.items ?? []}
          rowKey={(k) => k.id}
          columns={[
            { key: 'name', header: t('admin.tokenName'), cell: (k) => k.name },
            { key: 'user', header: t('admin.tokenUser'), cell: (k) => nameOf(k.userId) },
            { key: 'prefix', header: t('admin.prefix'), cell: (k) => <code>rl_{k.prefix}_…</code> },
            {
              key: 'created',
              header: t('admin.createdAt'),
              cell: (k) => instant(k.createdAt, lang),
            },
            {
              key: 'used',
              header: t('admin.lastUsed'),
              cell: (k) => (k.lastUsedAt ? instant(k.lastUsedAt, lang) : '—'),
            },
            {
              key: 'revoke',
              header: t('admin.revoke'),
              cell: (k) =>
                k.revokedAt ? (
                  t('admin.revoked')
                ) : (
                  <Button
                    size="small"
                    aria-label={t('admin.revokeToken', { name: k.name })}
                    onClick={() =>
                      void write('DELETE', `/tokens/${encodeURIComponent(k.id)}`).then((r) => {
                        if (r) tokens.reload();
                      })
                    }
                  >
                    {t('admin.revoke')}
                  </Button>
                ),
            },
          ]}
        />
      )}
      <form
        className={styles.form}
        onSubmit={(e) => void create(e)}
        aria-label={t('admin.createToken')}
      >
        <Field label={t('admin.tokenUser')}>
          <Select value={userId} onChange={(_, d) => setUserId(d.value)}>
            {(tokens.data?.users ?? [])
              .filter((u) => !u.disabled)
              .map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name} ({u.email})
                </option>
              ))}
          </Select>
        </Field>
        <Field label={t('admin.tokenName')} required>
          <Input value={name} onChange={(_, d) => setName(d.value)} />
        </Field>
        <Button type="submit" appearance="primary" disabled={!name.trim()}>
          {t('admin.createToken')}
        </Button>
      </form>
    </Section>
  );
}

function SettingsSection() {
  const styles = useStyles();
  const { api, t } = useApp();
  const loaded = useLoad(() => api.client.request<Settings>('GET', '/settings'), []);
  const { error, write } = useWrite();
  const [draft, setDraft] = useState<Settings | null>(null);
  const [ownDomains, setOwnDomains] = useState('');
  const [neverLog, setNeverLog] = useState('');
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (!loaded.data) return;
    setDraft(loaded.data);
    setOwnDomains(loaded.data.ownDomains.join('\n'));
    setNeverLog(loaded.data.neverLog.join('\n'));
  }, [loaded.data]);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!draft) return;
    setSaved(false);
    const ok = await write('PATCH', '/settings', {
      ownDomains: lines(ownDomains),
      neverLog: lines(neverLog),
      promiseGraceDays: draft.promiseGraceDays,
      promiseThresholdPercent: draft.promiseThresholdPercent,
      storeBody: draft.storeBody,
      bodyMaxChars: draft.bodyMaxChars,
    });
    if (ok) setSaved(true);
  }

  return (
    <Section title={t('admin.settings')}>
      {loaded.error ? <ErrorNote error={loaded.error} onRetry={loaded.reload} /> : null}
      {error ? <ErrorNote error={error} /> : null}
      {saved ? (
        <MessageBar intent="success">
          <MessageBarBody>{t('admin.settingsSaved')}</MessageBarBody>
        </MessageBar>
      ) : null}
      {!draft ? (
        loaded.loading ? (
          <Spinner label={t('loading')} />
        ) : null
      ) : (
        <form onSubmit={(e) => void save(e)} aria-label={t('admin.settings')}>
          <div className={styles.settings}>
            <Field label={t('admin.ownDomains')}>
              <Textarea value={ownDomains} onChange={(_, d) => setOwnDomains(d.value)} rows={4} />
            </Field>
            <Field label={t('admin.neverLog')}>
              <Textarea value={neverLog} onChange={(_, d) => setNeverLog(d.value)} rows={4} />
            </Field>
            <Field label={t('admin.graceDays')}>
              <SpinButton
                min={0}
                max={60}
                value={draft.promiseGraceDays}
                onChange={(_, d) =>
                  setDraft({
                    ...draft,
                    promiseGraceDays: Number(d.value ?? d.displayValue ?? draft.promiseGraceDays),
                  })
                }
              />
            </Field>
            <Field label={t('admin.threshold')}>
              <SpinButton
                min={1}
                max={100}
                value={draft.promiseThresholdPercent}
                onChange={(_, d) =>
                  setDraft({
                    ...draft,
                    promiseThresholdPercent: Number(
                      d.value ?? d.displayValue ?? draft.promiseThresholdPercent,
                    ),
                  })
                }
              />
            </Field>
            <Switch
              label={t('admin.storeBody')}
              checked={draft.storeBody}
              onChange={(_, d) => setDraft({ ...draft, storeBody: d.checked })}
            />
            <Field label={t('admin.bodyMaxChars')}>
              <SpinButton
                min={0}
                max={100000}
                step={100}
                value={draft.bodyMaxChars}
                onChange={(_, d) =>
                  setDraft({
                    ...draft,
                    bodyMaxChars: Number(d.value ?? d.displayValue ?? draft.bodyMaxChars),
                  })
                }
              />
            </Field>
          </div>
          <Button type="submit" appearance="primary">
            {t('save')}
          </Button>
        </form>
      )}
    </Section>
  );
}
