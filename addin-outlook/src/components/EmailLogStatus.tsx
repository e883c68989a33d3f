import { useEffect, useRef, useState } from 'react';
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular, MailArrowDownRegular } from '@fluentui/react-icons';
import type { ContextResponse, InteractionCreate, InteractionView } from '@relance/shared';
import type { MailItem } from '../office/host.ts';
import { failureText, formatInstantDate } from '../pane/format.ts';
import { useServices } from '../pane/services.ts';

const useStyles = makeStyles({
  done: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorPaletteGreenForeground1,
  },
});

/** Props of EmailLogStatus. */
export interface EmailLogStatusProps {
  item: MailItem;
  context: ContextResponse;
  customerId: string;
}

/** The interaction to record for a received email, or null when it cannot be logged. */
export function interactionFor(
  item: MailItem,
  context: ContextResponse,
  customerId: string,
): InteractionCreate | null {
  if (item.mode !== 'read' || !item.internetMessageId || !item.from) return null;
  const own = context.settings.ownDomains.map((d) => d.toLowerCase());
  const fromOwn = own.some((d) => item.from?.email.endsWith(`@${d}`));
  return {
    customerId,
    messageId: item.internetMessageId,
    threadId: item.conversationId ?? undefined,
    direction: fromOwn ? 'outbound' : 'inbound',
    from: item.from.email,
    to: item.to.map((a) => a.email),
    cc: item.cc.map((a) => a.email),
    subject: item.subject,
    sentAt: item.sentAt ?? new Date().toISOString(),
    client: 'outlook',
    body: context.settings.storeBody ? item.text : undefined,
  };
}

/** "Logged by X on D", or a button to log the email; logs it by itself when the setting says so. */
export function EmailLogStatus({ item, context, customerId }: EmailLogStatusProps) {
  const styles = useStyles();
  const { client, outbox, messages, language, now, timeZone } = useServices();
  const [logged, setLogged] = useState<{ by: string; at: string } | 'queued' | null>(
    context.loggedEmail
      ? { by: context.loggedEmail.loggedBy.name, at: context.loggedEmail.loggedAt }
      : null,
  );
  const [error, setError] = useState<string | null>(null);
  const autoTried = useRef<string | null>(null);
  const input = interactionFor(item, context, customerId);

  async function log() {
    if (!input) return;
    setError(null);
    try {
      const result = await outbox.submit(
        client,
        { kind: 'interaction', body: input },
        messages.labelled(messages.actions.logEmail, item.subject),
      );
      if (result.status === 'queued') {
        setLogged('queued');
      } else {
        const view = result.value as InteractionView | null;
        setLogged({ by: view?.loggedBy.name ?? '', at: view?.loggedAt ?? now().toISOString() });
      }
    } catch (err) {
      setError(failureText(err, messages));
    }
  }

  // Runs after each render but logs at most once per message id.
  useEffect(() => {
    if (!context.settings.autoLogEmails || context.loggedEmail || !input) return;
    if (autoTried.current === input.messageId) return;
    autoTried.current = input.messageId;
    void log();
  });

  if (!input) return null;
  if (logged === 'queued') return <Caption1>{messages.queuedNote}</Caption1>;
  if (logged) {
    const when = formatInstantDate(logged.at, language, timeZone);
    return (
      <Caption1 className={styles.done} data-testid="email-logged">
        <CheckmarkCircleRegular />
        {messages.actions.emailLogged(logged.by, when)}
      </Caption1>
    );
  }
  return (
    <>
      <Button icon={<MailArrowDownRegular />} onClick={() => void log()}>
        {messages.actions.logEmail}
      </Button>
      {error ? <Caption1>{messages.labelled(messages.errors.save, error)}</Caption1> : null}
    </>
  );
}
