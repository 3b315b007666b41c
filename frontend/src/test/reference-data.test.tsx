/**
 * Reference data is cached once per resource (src/api/reference), so a change made in one feature
 * refreshes the options another feature shows.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useInterventionOptions } from '@/api/reference/interventions';
import { useUpdateIntervention } from '@/features/catalogue/api/use-intervention-mutations';
import { useLinkOptions } from '@/features/catalogue/api/use-link-options';
import { useCompetencyMutations } from '@/features/competencies/api/use-competency-mutations';
import { useTreeMutations } from '@/features/plan/api/use-tree-mutations';
import { mockApi } from './fetch-mock';
import { jsonResponse } from './render';

function page<T>(items: T[]) {
  return jsonResponse({ items, total: items.length, page: 1, pageSize: 200 });
}

function wrapper() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

afterEach(() => vi.restoreAllMocks());

describe('reference data shared between features', () => {
  it("an intervention renamed in the catalogue is renamed in the budgets' picker", async () => {
    let title = 'Timemanagement';
    mockApi({
      'GET /interventions': () => page([{ id: 'i1', title }]),
      'PATCH /interventions/i1': () => {
        title = 'Timemanagement in de praktijk';
        return jsonResponse({ id: 'i1', title, version: 2 });
      },
    });
    const { result } = renderHook(
      () => ({ budgetOptions: useInterventionOptions(), update: useUpdateIntervention('i1') }),
      { wrapper: wrapper() },
    );
    await waitFor(() => expect(result.current.budgetOptions.data).toEqual([{ id: 'i1', label: 'Timemanagement' }]));

    await act(() => result.current.update.mutateAsync({ version: 1, changes: { title: 'Timemanagement in de praktijk' } }));

    await waitFor(() =>
      expect(result.current.budgetOptions.data).toEqual([{ id: 'i1', label: 'Timemanagement in de praktijk' }]),
    );
  });

  it("a competency added on the competencies page and a theme added in the plan show in the catalogue's pickers", async () => {
    const competencies = [{ id: 'c1', name: 'Samenwerken' }];
    const themes: { id: string; title: string }[] = [];
    mockApi({
      'GET /competencies': () => page(competencies),
      'GET /themes': () => page(themes),
      'GET /learning-goals': () => page([]),
      'GET /competency-frameworks/f1': () => jsonResponse({ id: 'f1' }),
      'GET /plans/p1/traceability': () => jsonResponse({}),
      'POST /competencies': () => {
        competencies.push({ id: 'c2', name: 'Klantgericht werken' });
        return jsonResponse(competencies[1], { status: 201 });
      },
      'POST /themes': () => {
        themes.push({ id: 't1', title: 'Digitalisering' });
        return jsonResponse(themes[0], { status: 201 });
      },
    });
    const { result } = renderHook(
      () => ({ links: useLinkOptions(), competency: useCompetencyMutations('f1'), tree: useTreeMutations('p1') }),
      { wrapper: wrapper() },
    );
    await waitFor(() => expect(result.current.links.isPending).toBe(false));
    expect(result.current.links.competencies).toHaveLength(1);
    expect(result.current.links.themes).toEqual([]);

    await act(() => result.current.competency.create.mutateAsync({ frameworkId: 'f1', name: 'Klantgericht werken', description: '', behaviouralIndicators: [] }));
    await act(() => result.current.tree.create.mutateAsync({ kind: 'themes', body: { planId: 'p1', title: 'Digitalisering', description: '' } }));

    await waitFor(() => expect(result.current.links.competencies.map((c) => c.label)).toEqual(['Samenwerken', 'Klantgericht werken']));
    await waitFor(() => expect(result.current.links.themes).toEqual([{ id: 't1', label: 'Digitalisering' }]));
  });
});
