import type { ReactNode } from 'react';
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useApp } from './useApp.ts';

/** One column of a DataTable. */
export interface Column<Row> {
  key: string;
  header: string;
  cell: (row: Row) => ReactNode;
  numeric?: boolean;
}

/** Props of DataTable. */
export interface DataTableProps<Row> {
  /** Said to screen readers as the table's caption. */
  caption: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
}

const useStyles = makeStyles({
  caption: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
  numeric: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  // The header's label sits in a flex box: text-align does not move it, justify-content does.
  numericHeader: { justifyContent: 'flex-end' },
  // Columns sized by their content: a date or an amount does not wrap while a name has room.
  table: { tableLayout: 'auto' },
  empty: { color: tokens.colorNeutralForeground3, padding: tokens.spacingVerticalM },
  wrap: { overflowX: 'auto' },
});

/** A plain, accessible table: a caption, header cells, one row per item. */
export function DataTable<Row>({ caption, columns, rows, rowKey }: DataTableProps<Row>) {
  const styles = useStyles();
  const { t } = useApp();
  if (rows.length === 0) return <p className={styles.empty}>{t('none')}</p>;
  return (
    <div className={styles.wrap}>
      <Table size="small" aria-label={caption} className={styles.table}>
        <caption className={styles.caption}>{caption}</caption>
        <TableHeader>
          <TableRow>
            {columns.map((c) => (
              <TableHeaderCell
                key={c.key}
                className={c.numeric ? styles.numeric : undefined}
                button={c.numeric ? { className: styles.numericHeader } : undefined}
              >
                {c.header}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={rowKey(row)}>
              {columns.map((c) => (
                <TableCell key={c.key} className={c.numeric ? styles.numeric : undefined}>
                  {c.cell(row)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
