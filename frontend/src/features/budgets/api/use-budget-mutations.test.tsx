import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockApi } from '@/test/fetch-mock';
import { jsonResponse } from '@/test/render';
import { useSaveBudget } from './use-budget-mutations';

function wrapper({ children }: { children: ReactNode }) {
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

afterEach(() => vi.restoreAllMocks());

describe('useSaveBudget', () => {
  it('changes a budget with the version the user saw as If-Match, and creates one without', async () => {
    const { requests } = mockApi({
      'PATCH /budgets/b1': () => jsonResponse({ id: 'b1', version: 4 }),
      'POST /budgets': () => jsonResponse({ id: 'b2', version: 1 }, { status: 201 }),
    });
    const { result } = renderHook(() => useSaveBudget(2014), { wrapper });

    await act(() => result.current.mutateAsync({ id: 'b1', version: 3, changes: { amount: '100.00' } }));
    await act(() =>
      result.current.mutateAsync({ create: { year: 2014, stream: 'strategic', amount: '5.00', notes: '' } }),
    );

    expect(requests.map((r) => [r.method, r.headers.get('If-Match')])).toEqual([
      ['PATCH', '"3"'],
      ['POST', null],
    ]);
  });

  it('does not take a change without its version (no invented If-Match)', () => {
    const { result } = renderHook(() => useSaveBudget(2014), { wrapper });
    // @ts-expect-error a change needs the version it was made on
    const withoutVersion: Parameters<typeof result.current.mutate>[0] = { id: 'b1', changes: { amount: '1.00' } };
    expect(withoutVersion).toBeDefined();
  });
});
