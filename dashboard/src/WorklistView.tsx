import { Spinner } from '@fluentui/react-components';
import { WorklistResponse } from '@relance/shared';
import { DataTable } from './DataTable.tsx';
import { ErrorNote } from './ErrorNote.tsx';
import { calendarDate, money } from './format.ts';
import { useApp } from './useApp.ts';
import { useLoad } from './useLoad.ts';

/** The signed-in user's worklist of the day. */
export function WorklistView() {
  const { api, t, lang } = useApp();
  const loaded = useLoad(
    () => api.client.request('GET', '/worklist', { schema: WorklistResponse }),
    [],
  );
  return (
    <>
      <h1>{t('worklist.title')}</h1>
      {loaded.error ? <ErrorNote error={loaded.error} onRetry={loaded.reload} /> : null}
      {loaded.loading ? (
        <Spinner label={t('loading')} />
      ) : (
        <DataTable
          caption={t('worklist.title')}
          rows={loaded.data?.items ?? []}
          rowKey={(i) =>
            `${i.kind}:${i.customer.id}:${i.promiseId ?? ''}:${i.disputeId ?? ''}:${i.invoiceNumbers.join(',')}`
          }
          columns={[
            { key: 'title', header: t('worklist.kind'), cell: (i) => i.title },
            { key: 'customer', header: t('worklist.customer'), cell: (i) => i.customer.name },
            { key: 'detail', header: t('worklist.detail'), cell: (i) => i.detail },
            {
              key: 'due',
              header: t('worklist.due'),
              cell: (i) => (i.dueDate ? calendarDate(i.dueDate, lang) : ''),
            },
            {
              key: 'amount',
              header: t('worklist.amount'),
              numeric: true,
              cell: (i) => (i.amount ? money(i.amount.amount, i.amount.currency, lang) : ''),
            },
          ]}
        />
      )}
    </>
  );
}
