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
import { SearchRegular } from '@fluentui/react-icons';
import type { CustomerRef } from '@relance/shared';
import { failureText } from '../pane/format.ts';
import { useServices } from '../pane/services.ts';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  item: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  search: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
  grow: { flexGrow: 1 },
});

/** Props of CustomerChooser. */
export interface CustomerChooserProps {
  /** The address to link to the chosen customer. */
  email: string;
  name: string;
  intro: string;
  candidates: CustomerRef[];
  /** Called once the address is linked (or queued), with the customer chosen. */
  onLinked: (customer: CustomerRef) => void;
}

/** Candidates or a search to tie an unknown address to a customer, remembered for next time. */
export function CustomerChooser({
  email,
  name,
  intro,
  candidates,
  onLinked,
}: CustomerChooserProps) {
  const styles = useStyles();
  const { client, outbox, messages } = useServices();
  const m = messages.unknown;
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<CustomerRef[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function search(event: FormEvent) {
    event.preventDefault();
    if (query.trim() === '') return;
    setError(null);
    try {
      setResults(await client.searchCustomers(query.trim()));
    } catch (err) {
      setError(messages.labelled(messages.errors.search, failureText(err, messages)));
    }
  }

  async function link(customer: CustomerRef) {
    setBusy(true);
    setError(null);
    try {
      await outbox.submit(
        client,
        {
          kind: 'contact',
          body: { customerId: customer.id, email, name: name !== email ? name : undefined },
        },
        m.linked(customer.name),
      );
      onLinked(customer);
    } catch (err) {
      setError(messages.labelled(messages.errors.save, failureText(err, messages)));
    } finally {
      setBusy(false);
    }
  }

  const renderList = (list: CustomerRef[]) => (
    <ul className={styles.list}>
      {list.map((customer) => (
        <li key={customer.id} className={styles.item}>
          <span>
            <Text weight="semibold">{customer.name}</Text>{' '}
            <Caption1>{customer.externalRef}</Caption1>
          </span>
          <Button
            size="small"
            disabled={busy}
            onClick={() => void link(customer)}
            aria-label={`${m.link} ${customer.name}`}
          >
            {m.link}
          </Button>
        </li>
      ))}
    </ul>
  );

  return (
    <section className={styles.root} aria-label={m.title}>
      <Text>{intro}</Text>
      {candidates.length > 0 ? (
        <>
          <Text weight="semibold">{m.candidates}</Text>
          {renderList(candidates)}
        </>
      ) : null}
      <form className={styles.search} onSubmit={(e) => void search(e)} role="search">
        <Field label={m.searchLabel} className={styles.grow}>
          <Input
            value={query}
            onChange={(_, d) => setQuery(d.value)}
            placeholder={m.searchPlaceholder}
          />
        </Field>
        <Button type="submit" icon={<SearchRegular />} aria-label={m.searchLabel} />
      </form>
      {results !== null ? (
        results.length > 0 ? (
          renderList(results)
        ) : (
          <Caption1>{m.noResults}</Caption1>
        )
      ) : null}
      {error ? (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}
