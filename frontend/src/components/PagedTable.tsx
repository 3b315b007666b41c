import { DataTable, type DataTableProps } from './DataTable';
import { EmptyState } from './EmptyState';
import { LoadingState } from './LoadingState';
import { Pagination } from './Pagination';
import { ProblemAlert } from './ProblemAlert';

export interface PageOf<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

/** The parts of a list query (TanStack `useQuery` result) that a list page shows. */
export interface PagedQuery<T> {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  data: PageOf<T> | undefined;
}

export type PagedTableProps<T> = Omit<DataTableProps<T>, 'rows'> & {
  query: PagedQuery<T>;
  /** Shown instead of the table when the page has no rows. */
  emptyMessage: string;
  onPageChange: (page: number) => void;
};

/** A list page's body: loading, the problem, the empty message, or the table with its pagination. */
export function PagedTable<T>({ query, emptyMessage, onPageChange, ...table }: PagedTableProps<T>) {
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ProblemAlert error={query.error} />;
  const data = query.data;
  if (!data) return <LoadingState />;
  if (data.items.length === 0) return <EmptyState message={emptyMessage} />;
  return (
    <>
      <DataTable {...table} rows={data.items} />
      <Pagination page={data.page} pageSize={data.pageSize} total={data.total} onPageChange={onPageChange} />
    </>
  );
}
