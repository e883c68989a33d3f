import { useState } from 'react';
import type { FormEvent } from 'react';
import {
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { DISPUTE_CATEGORIES } from '@relance/shared';
import type { DisputeCategory, InvoiceView } from '@relance/shared';
import { failureText } from '../pane/format.ts';
import { useServices } from '../pane/services.ts';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS },
});

/** Props of DisputeForm. */
export interface DisputeFormProps {
  customerId: string;
  customerName: string;
  invoices: InvoiceView[];
  selectedIds: string[];
  category: DisputeCategory | null;
  quote: string | null;
  sourceMessageId: string | null;
  onDone: (outcome: 'sent' | 'queued', summary: string) => void;
  onCancel: () => void;
}

/** Logs a dispute: category and invoices prefilled from the email, and a note. */
export function DisputeForm(props: DisputeFormProps) {
  const styles = useStyles();
  const { client, outbox, messages } = useServices();
  const m = messages.dispute;
  const [category, setCategory] = useState<DisputeCategory>(props.category ?? 'other');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const numbers = props.invoices
    .filter((i) => props.selectedIds.includes(i.id))
    .map((i) => i.number);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (props.selectedIds.length === 0) {
      setError(m.needInvoice);
      return;
    }
    setBusy(true);
    setError(null);
    const summary = messages.labelled(
      m.saved,
      `${messages.category[category]} · ${numbers.join(', ')}`,
    );
    try {
      const outcome = await outbox.submit(
        client,
        {
          kind: 'dispute',
          body: {
            customerId: props.customerId,
            invoiceIds: props.selectedIds,
            category,
            note: note.trim() || undefined,
            quote: props.quote ?? undefined,
            sourceMessageId: props.sourceMessageId ?? undefined,
          },
        },
        `${summary} — ${props.customerName}`,
      );
      props.onDone(outcome.status, summary);
    } catch (err) {
      setError(messages.labelled(messages.errors.save, failureText(err, messages)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)} aria-label={m.title}>
      <Field label={m.category}>
        <Select value={category} onChange={(_, d) => setCategory(d.value as DisputeCategory)}>
          {DISPUTE_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {messages.category[c]}
            </option>
          ))}
        </Select>
      </Field>
      <Caption1>{messages.labelled(m.invoices, numbers.join(', ') || '—')}</Caption1>
      {props.quote ? <Caption1>« {props.quote} »</Caption1> : null}
      <Field label={m.note}>
        <Textarea value={note} onChange={(_, d) => setNote(d.value)} resize="vertical" />
      </Field>
      {error ? (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary" disabled={busy}>
          {messages.save}
        </Button>
        <Button onClick={props.onCancel}>{messages.cancel}</Button>
      </div>
    </form>
  );
}
