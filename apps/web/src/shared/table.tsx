import type { ReactNode } from 'react';
import { ErrorMessage, errorText, Loading } from './ui';

export interface Column<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
  /** A class for the column's cells, e.g. `mono` for ids. */
  className?: string;
}

interface DataTableProps<Row> {
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row, index: number) => string;
  /** A `data-testid` for each row. */
  rowTestId?: (row: Row) => string;
  /** The name of the table's scroll box (a region), e.g. "Kandidaten"; the caption when there is one. */
  label?: string;
  caption?: string;
  /** On a narrow screen each row becomes a block of cells, each under its column's header: for tables too wide to scroll comfortably. */
  stacked?: boolean;
}

/**
 * A table that scrolls sideways inside its own box on a narrow screen: a header cell per column, a row
 * per item. The box is a named region that takes the keyboard focus, so it can be scrolled without a mouse.
 */
export function DataTable<Row>({ columns, rows, rowKey, rowTestId, label, caption, stacked = false }: DataTableProps<Row>) {
  return (
    <div className={stacked ? 'table-wrap table-stacked' : 'table-wrap'} role="region" aria-label={label ?? caption} tabIndex={0}>
      <table>
        {caption && <caption className="small muted">{caption}</caption>}
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.header} scope="col">
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={rowKey(row, index)} data-testid={rowTestId?.(row)}>
              {columns.map((column) => (
                <td key={column.header} className={column.className} data-label={stacked ? column.header : undefined}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface ListingProps<Row> {
  /** Absent while loading (or when there is nothing to show after an error). */
  rows: Row[] | undefined;
  error: unknown;
  /** Whether to say "loading" while there are no rows; by default unless the request failed. */
  loading?: boolean;
  /** The message for no rows; without one, an empty list is still handed to `children`. */
  empty?: string;
  /** The rows themselves; without it only the error, loading and empty states are shown. */
  children?: (rows: Row[]) => ReactNode;
}

/** A list fetched from the API: its error, then a loading line, the message for no rows, or the rows. */
export function Listing<Row>({ rows, error, loading = !error, empty, children }: ListingProps<Row>) {
  return (
    <>
      <ErrorMessage>{error ? errorText(error) : ''}</ErrorMessage>
      {!rows ? loading && <Loading /> : rows.length === 0 && empty !== undefined ? <p className="muted">{empty}</p> : children?.(rows)}
    </>
  );
}
