import { Link } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useApp } from './useApp.ts';

/** Props of CsvLink. */
export interface CsvLinkProps {
  /** API path of the list, e.g. `/review`. */
  path: string;
  query?: Record<string, string | number | undefined>;
  /** What is exported, for the accessible name. */
  what: string;
}

/** A download link to the API's CSV of a list (the browser sends the session cookie). */
export function CsvLink({ path, query, what }: CsvLinkProps) {
  const { api, t } = useApp();
  return (
    <Link
      href={api.csvUrl(path, query)}
      download
      aria-label={t('exportCsvOf', { what })}
      data-csv={path}
    >
      <ArrowDownloadRegular aria-hidden /> {t('exportCsv')}
    </Link>
  );
}
