import { useEffect, useState } from 'react';
import {
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { MailArrowForwardRegular, TextBulletListAddRegular } from '@fluentui/react-icons';
import { LANGUAGES, TONES } from '@relance/shared';
import type { ContextResponse, Language, ReminderTemplateKind, Tone } from '@relance/shared';
import type { MailItem } from '../office/host.ts';
import { failureText } from '../pane/format.ts';
import { useServices } from '../pane/services.ts';
import type * as TemplatesModule from '../pane/templates.ts';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  grow: { flexGrow: 1, minWidth: '110px' },
});

type Templates = typeof TemplatesModule;
const loadTemplates = (): Promise<Templates> => import('../pane/templates.ts');

const KINDS = ['statement', 'overdue', 'pre_due', 'receipt_check', 'promise_follow_up'] as const;
type Kind = (typeof KINDS)[number];

/** Props of MessageComposer. */
export interface MessageComposerProps {
  item: MailItem;
  context: ContextResponse;
  selectedIds: string[];
  companyName: string;
}

/**
 * Replies with a statement in read mode; in compose mode inserts the statement or a reminder at
 * the cursor. Language and tone start from the customer's and can be changed.
 */
export function MessageComposer({ item, context, selectedIds, companyName }: MessageComposerProps) {
  const styles = useStyles();
  const { host, messages } = useServices();
  const m = messages.actions;
  const customer = context.customer;
  const [kind, setKind] = useState<Kind>('statement');
  const [tone, setTone] = useState<Tone>(customer?.tone ?? 'neutral');
  const [language, setLanguage] = useState<Language>(customer?.language ?? 'fr');
  const [note, setNote] = useState<{ intent: 'success' | 'error'; text: string } | null>(null);
  // Compose mode shows the subject it would write, so it wants the templates at once.
  const [templates, setTemplates] = useState<Templates | null>(null);
  useEffect(() => {
    if (item.mode !== 'compose') return;
    let live = true;
    void loadTemplates().then((loaded) => {
      if (live) setTemplates(loaded);
    });
    return () => {
      live = false;
    };
  }, [item.mode]);
  if (!customer) return null;

  function render({ renderReminder, renderStatement }: Templates) {
    const common = { context, language, tone, sender: host.user(), companyName };
    if (kind === 'statement') return renderStatement(common);
    return renderReminder({
      ...common,
      kind: kind as ReminderTemplateKind,
      invoiceIds: selectedIds,
    });
  }

  async function apply() {
    setNote(null);
    try {
      if (item.mode === 'read') {
        host.replyWith(render(templates ?? (await loadTemplates())));
      } else {
        await host.insertIntoDraft(render(templates ?? (await loadTemplates())));
        setNote({ intent: 'success', text: m.inserted });
      }
    } catch (err) {
      setNote({
        intent: 'error',
        text: messages.labelled(messages.errors.insert, failureText(err, messages)),
      });
    }
  }

  const kindLabel = (k: Kind) => (k === 'statement' ? m.statement : m.reminderKind[k]);
  return (
    <section className={styles.root}>
      <div className={styles.row}>
        {item.mode === 'compose' ? (
          <Field label={m.template} className={styles.grow}>
            <Select value={kind} onChange={(_, d) => setKind(d.value as Kind)}>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {kindLabel(k)}
                </option>
              ))}
            </Select>
          </Field>
        ) : null}
        <Field label={m.tone} className={styles.grow}>
          <Select value={tone} onChange={(_, d) => setTone(d.value as Tone)}>
            {TONES.map((t) => (
              <option key={t} value={t}>
                {m.toneName[t]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={m.language} className={styles.grow}>
          <Select value={language} onChange={(_, d) => setLanguage(d.value as Language)}>
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {messages.languageName[l]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Button
        icon={item.mode === 'read' ? <MailArrowForwardRegular /> : <TextBulletListAddRegular />}
        onClick={() => void apply()}
      >
        {item.mode === 'read'
          ? m.replyStatement
          : kind === 'statement'
            ? m.insertStatement
            : m.insertReminder}
      </Button>
      {note ? (
        <MessageBar intent={note.intent}>
          <MessageBarBody>{note.text}</MessageBarBody>
        </MessageBar>
      ) : null}
      {item.mode === 'compose' && templates ? (
        <Caption1>{render(templates).subject}</Caption1>
      ) : null}
    </section>
  );
}
