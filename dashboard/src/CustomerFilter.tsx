import { useEffect, useId, useState } from 'react';
import { Field, Input } from '@fluentui/react-components';
import type { CustomerRef } from '@relance/shared';
import { useApp } from './useApp.ts';

/** Props of CustomerFilter. */
export interface CustomerFilterProps {
  /** Called with the chosen customer's id, or '' when the field is cleared. */
  onChange: (customerId: string) => void;
  /** Bumped by the parent to empty the field (the queue's Reset). */
  resetKey: number;
}

/** How long typing pauses before the names are looked up. */
const LOOKUP_DELAY_MS = 250;

/**
 * A customer chosen by name: the browser's own suggestion list (a datalist, read by screen
 * readers as a combobox) fed by the customer search. Managers know names, not ids.
 */
export function CustomerFilter({ onChange, resetKey }: CustomerFilterProps) {
  const { api, t } = useApp();
  const listId = useId();
  const [text, setText] = useState('');
  const [options, setOptions] = useState<CustomerRef[]>([]);

  useEffect(() => setText(''), [resetKey]);

  useEffect(() => {
    const q = text.trim();
    if (q.length < 2) return;
    let live = true;
    const timer = setTimeout(() => {
      api.client
        .request<{ items: CustomerRef[] }>('GET', '/customers', { query: { q, limit: 10 } })
        .then(
          (page) => live && setOptions(page.items),
          () => live && setOptions([]),
        );
    }, LOOKUP_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [text]);

  function change(value: string) {
    setText(value);
    if (value.trim() === '') return onChange('');
    const chosen = options.find((c) => labelOf(c) === value || c.name === value);
    if (chosen) onChange(chosen.id);
  }

  return (
    <Field label={t('review.customer')}>
      <Input
        style={{ width: '100%' }}
        type="search"
        list={listId}
        value={text}
        autoComplete="off"
        onChange={(_, d) => change(d.value)}
      />
      <datalist id={listId}>
        {options.map((c) => (
          <option key={c.id} value={labelOf(c)} />
        ))}
      </datalist>
    </Field>
  );
}

function labelOf(c: CustomerRef): string {
  return `${c.name} (${c.externalRef})`;
}
