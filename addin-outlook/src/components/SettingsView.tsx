import { useState } from 'react';
import type { FormEvent } from 'react';
import {
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { loadApiToken, saveApiToken } from '../auth/credentials.ts';
import { useServices } from '../pane/services.ts';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS },
  heading: { margin: 0 },
});

/** Props of SettingsView. */
export interface SettingsViewProps {
  onClose: () => void;
}

/** Where the personal API token is entered once and kept in this browser. */
export function SettingsView({ onClose }: SettingsViewProps) {
  const styles = useStyles();
  const { storage, credentials, messages } = useServices();
  const m = messages.settingsView;
  const [token, setToken] = useState(loadApiToken(storage) ?? '');
  const [note, setNote] = useState<string | null>(null);

  function save(event: FormEvent) {
    event.preventDefault();
    saveApiToken(storage, token);
    setNote(token.trim() ? m.tokenSaved : m.tokenCleared);
    if (token.trim()) onClose();
  }

  return (
    <form className={styles.form} onSubmit={save} aria-label={m.title}>
      <Text as="h2" size={500} weight="semibold" className={styles.heading}>
        {m.title}
      </Text>
      {credentials.method() === 'microsoft' ? <Caption1>{m.microsoft}</Caption1> : null}
      <Field label={m.tokenLabel} hint={m.tokenHint}>
        <Input
          type="password"
          value={token}
          onChange={(_, d) => setToken(d.value)}
          autoComplete="off"
        />
      </Field>
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary">
          {messages.save}
        </Button>
        <Button
          onClick={() => {
            setToken('');
            saveApiToken(storage, null);
            setNote(m.tokenCleared);
          }}
        >
          {m.clear}
        </Button>
        <Button appearance="subtle" onClick={onClose}>
          {messages.back}
        </Button>
      </div>
      {note ? (
        <MessageBar intent="success">
          <MessageBarBody>{note}</MessageBarBody>
        </MessageBar>
      ) : null}
    </form>
  );
}
