import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useId, type ReactNode } from 'react';

export interface Column<T> {
  key: string;
  header: ReactNode;
  render: (row: T) => ReactNode;
  numeric?: boolean;
}

export interface DataTableProps<T> {
  caption: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  /** The first column names the row (`<th scope="row">`). */
  rowHeader?: boolean;
}

/** A column's header as text, for a cell's `data-label` (a stacked layout on a phone shows it). */
function labelOf(header: ReactNode): string | undefined {
  return typeof header === 'string' ? header : undefined;
}

/**
 * A captioned table. The scroll wrapper is focusable and labelled by the caption,
 * so keyboard users can scroll wide tables.
 */
export function DataTable<T>({ caption, columns, rows, rowKey, rowHeader = true }: DataTableProps<T>) {
  const captionId = useId();
  return (
    <div className="lk-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <Table className="lk-table">
        <TableCaption id={captionId}>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            {columns.map((column) => (
              <TableHeaderCell
                key={column.key}
                scope="col"
                className={column.numeric ? 'utrecht-table__header-cell--numeric-column' : undefined}
              >
                {column.header}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={rowKey(row)}>
              {columns.map((column, index) =>
                rowHeader && index === 0 ? (
                  <TableHeaderCell key={column.key} scope="row" data-label={labelOf(column.header)}>
                    {column.render(row)}
                  </TableHeaderCell>
                ) : (
                  <TableCell
                    key={column.key}
                    data-label={labelOf(column.header)}
                    className={column.numeric ? 'utrecht-table__cell--numeric-data' : undefined}
                  >
                    {column.render(row)}
                  </TableCell>
                ),
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
