import { useState } from 'react';
import type { FormEvent } from 'react';
import {
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { formatCalendarDate, formatMoney } from '@relance/shared';
import type { InvoiceView } from '@relance/shared';
import { amountInputValue, parseAmount } from '../pane/amount.ts';
import { failureText, formatLongDate } from '../pane/format.ts';
import { useServices } from '../pane/services.ts';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS },
  amount: { flexGrow: 1, flexBasis: 0, minWidth: 0 },
  currency: { flexShrink: 0, flexBasis: '96px', minWidth: 0 },
  input: { width: '100%', minWidth: 0 },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS },
});

/** What the email suggested, to prefill the form. */
export interface PromisePrefill {
  amount: number | null;
  currency: string;
  date: string | null;
  quote: string | null;
}

/** Props of PromiseForm. */
export interface PromiseFormProps {
  customerId: string;
  customerName: string;
  invoices: InvoiceView[];
  selectedIds: string[];
  prefill: PromisePrefill;
  sourceMessageId: string | null;
  onDone: (outcome: 'sent' | 'queued', summary: string) => void;
  onCancel: () => void;
}

/** Logs a payment promise, prefilled from the email, editable, saved in one click. */
export function PromiseForm(props: PromiseFormProps) {
  const styles = useStyles();
  const { client, outbox, messages, language } = useServices();
  const m = messages.promise;
  const selected = props.invoices.filter((i) => props.selectedIds.includes(i.id));
  const selectedTotal = selected.reduce((sum, i) => sum + i.openAmount, 0);
  const currencies = [
    ...new Set([props.prefill.currency, ...props.invoices.map((i) => i.currency)]),
  ].sort();
  const initialAmount = props.prefill.amount ?? (selectedTotal > 0 ? selectedTotal : null);

  const [amount, setAmount] = useState(
    initialAmount === null ? '' : amountInputValue(initialAmount, props.prefill.currency, language),
  );
  const [currency, setCurrency] = useState(props.prefill.currency);
  const [date, setDate] = useState(props.prefill.date ?? '');
  const [quote, setQuote] = useState(props.prefill.quote ?? '');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ amount?: string; date?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const minor = /^[A-Z]{3}$/.test(currency) ? parseAmount(amount, currency) : null;
    const next = {
      amount: minor === null ? m.amountInvalid : undefined,
      date: /^\d{4}-\d{2}-\d{2}$/.test(date) ? undefined : m.dateInvalid,
    };
    setErrors(next);
    if (minor === null || next.date) return;

    setBusy(true);
    const summary = m.saved(
      formatMoney(minor, currency, language),
      formatCalendarDate(date, language),
    );
    try {
      const outcome = await outbox.submit(
        client,
        {
          kind: 'promise',
          body: {
            customerId: props.customerId,
            invoiceIds: props.selectedIds,
            amount: minor,
            currency,
            promisedDate: date,
            note: note.trim() || undefined,
            quote: quote.trim() || undefined,
            sourceMessageId: props.sourceMessageId ?? undefined,
          },
        },
        `${summary} — ${props.customerName}`,
      );
      props.onDone(outcome.status, summary);
    } catch (err) {
      setErrors({
        form: messages.labelled(messages.errors.save, failureText(err, messages)),
      });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)} aria-label={m.title}>
      {props.prefill.date || props.prefill.amount ? <Caption1>{m.prefilled}</Caption1> : null}
      <div className={styles.row}>
        <Field label={m.amount} className={styles.amount} validationMessage={errors.amount}>
          <Input
            className={styles.input}
            value={amount}
            onChange={(_, d) => setAmount(d.value)}
            inputMode="decimal"
          />
        </Field>
        <Field label={m.currency} className={styles.currency}>
          <Select value={currency} onChange={(_, d) => setCurrency(d.value)}>
            {currencies.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field
        label={m.date}
        validationMessage={errors.date}
        hint={/^\d{4}-\d{2}-\d{2}$/.test(date) ? formatLongDate(date, language) : undefined}
      >
        <Input type="date" value={date} onChange={(_, d) => setDate(d.value)} />
      </Field>
      <Caption1>
        {messages.labelled(m.invoices, selected.map((i) => i.number).join(', ') || '—')}
      </Caption1>
      <Field label={m.quote}>
        <Textarea value={quote} onChange={(_, d) => setQuote(d.value)} resize="vertical" rows={3} />
      </Field>
      <Field label={m.note}>
        <Input value={note} onChange={(_, d) => setNote(d.value)} />
      </Field>
      {errors.form ? (
        <MessageBar intent="error">
          <MessageBarBody>{errors.form}</MessageBarBody>
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
