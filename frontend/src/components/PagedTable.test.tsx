import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PagedTable, type PagedQuery } from './PagedTable';

interface Row {
  id: string;
  name: string;
}

const columns = [{ key: 'name', header: 'Naam', render: (r: Row) => r.name }];

function renderTable(query: PagedQuery<Row>, onPageChange = vi.fn()) {
  render(
    <PagedTable query={query} emptyMessage="Nog niets." caption="Gebruikers" columns={columns}
      rowKey={(r) => r.id} onPageChange={onPageChange} />,
  );
  return onPageChange;
}

describe('PagedTable', () => {
  it('shows the empty message for a page without rows', () => {
    renderTable({ isPending: false, isError: false, error: null, data: { items: [], page: 1, pageSize: 25, total: 0 } });
    expect(screen.getByText('Nog niets.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows the rows and pages on', async () => {
    const items = [{ id: '1', name: 'Anna' }];
    const onPageChange = renderTable({ isPending: false, isError: false, error: null,
      data: { items, page: 1, pageSize: 1, total: 2 } });
    expect(screen.getByRole('table', { name: 'Gebruikers' })).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: 'Anna' })).toBeInTheDocument();
    await userEvent.click(screen.getAllByRole('button').at(-1)!);
    expect(onPageChange).toHaveBeenCalledWith(2);
  });
});
