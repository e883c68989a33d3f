import { useState } from 'react';
import type { FormEvent } from 'react';
import { Button, Field, Input, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { CustomerRef } from '@relance/shared';
import { CsvLink } from './CsvLink.tsx';
import { DataTable } from './DataTable.tsx';
import { ErrorNote } from './ErrorNote.tsx';
import type { MessageKey } from './messages.ts';
import { hrefOf } from './routes.ts';
import { useApp } from './useApp.ts';
import { useLoad } from './useLoad.ts';

/** Props of CustomerSearch. */
export interface CustomerSearchProps {
  initialQuery: string;
}

const useStyles = makeStyles({
  form: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'end', flexWrap: 'wrap' },
  grow: { flexGrow: 1, maxWidth: '36rem' },
  title: { margin: 0 },
});

/** Finds a customer by name, reference, address or domain. */
export function CustomerSearch({ initialQuery }: CustomerSearchProps) {
  const styles = useStyles();
  const { api, t } = useApp();
  const [text, setText] = useState(initialQuery);
  const [q, setQ] = useState(initialQuery);
  const found = useLoad(
    () =>
      api.client.request<{ items: CustomerRef[] }>('GET', '/customers', {
        query: { q, limit: 50 },
      }),
    [q],
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    setQ(text.trim());
    window.history.replaceState(null, '', hrefOf({ page: 'customers', q: text.trim() }));
  }

  return (
    <>
      <h1 className={styles.title}>{t('customers.title')}</h1>
      <form className={styles.form} onSubmit={submit} role="search">
        <Field label={t('customers.search')} className={styles.grow}>
          <Input value={text} onChange={(_, d) => setText(d.value)} type="search" />
        </Field>
        <Button type="submit" appearance="primary">
          {t('customers.searchButton')}
        </Button>
        <CsvLink path="/customers" query={{ q, limit: 100 }} what={t('customers.title')} />
      </form>
      {found.error ? <ErrorNote error={found.error} onRetry={found.reload} /> : null}
      {found.loading ? (
        <Spinner label={t('loading')} />
      ) : (
        <DataTable
          caption={t('customers.title')}
          rows={found.data?.items ?? []}
          rowKey={(c) => c.id}
          columns={[
            {
              key: 'name',
              header: t('customers.name'),
              cell: (c) => <a href={hrefOf({ page: 'customer', id: c.id })}>{c.name}</a>,
            },
            { key: 'ref', header: t('customers.ref'), cell: (c) => c.externalRef },
            {
              key: 'segment',
              header: t('customers.segment'),
              cell: (c) => t(`segment.${c.segment}` as MessageKey),
            },
          ]}
        />
      )}
    </>
  );
}
