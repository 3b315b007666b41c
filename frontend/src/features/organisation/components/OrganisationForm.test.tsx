import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockApi } from '@/test/fetch-mock';
import { jsonResponse, problemResponse } from '@/test/render';
import { normaliseDecimal, OrganisationForm, organisationChanges, toFormValues } from './OrganisationForm';

import type { Organisation } from '../api/types';

const ORG: Organisation = {
  id: 'o1',
  name: 'Gemeente Deventer',
  learningDaysPerFte: '12.0',
  trainingBudgetTargetPercent: '3.00',
  trainingBudgetTargetYear: 2020,
  minimumReportGroupSize: 5,
  peopleRetentionMonths: null,
  version: 7,
};

function renderForm(onReload = vi.fn()) {
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <OrganisationForm organisation={ORG} onReload={onReload} />
    </QueryClientProvider>,
  );
  return { onReload };
}

afterEach(() => vi.restoreAllMocks());

describe('organisationChanges', () => {
  it('shows decimals with a Dutch comma', () => {
    expect(toFormValues(ORG, 'nl')).toMatchObject({ learningDaysPerFte: '12,0', trainingBudgetTargetPercent: '3,00' });
    expect(toFormValues(ORG, 'en')).toMatchObject({ learningDaysPerFte: '12.0', trainingBudgetTargetPercent: '3.00' });
    expect(toFormValues({ ...ORG, learningDaysPerFte: null }, 'nl').learningDaysPerFte).toBe('');
  });

  it('sends only what changed, with a Dutch decimal comma turned into a point', () => {
    const form = { ...toFormValues(ORG), trainingBudgetTargetPercent: '3,5', learningDaysPerFte: '12' };
    expect(organisationChanges(ORG, form)).toEqual({ trainingBudgetTargetPercent: '3.5' });
    expect(organisationChanges(ORG, toFormValues(ORG))).toEqual({});
    expect(organisationChanges(ORG, { ...toFormValues(ORG), trainingBudgetTargetPercent: '3' })).toEqual({});
    expect(organisationChanges(ORG, { ...toFormValues(ORG), trainingBudgetTargetYear: '2022' })).toEqual({ trainingBudgetTargetYear: 2022 });
    expect(organisationChanges(ORG, { ...toFormValues(ORG), trainingBudgetTargetYear: '' })).toEqual({ trainingBudgetTargetYear: null });
    expect(organisationChanges(ORG, { ...toFormValues(ORG), learningDaysPerFte: '' })).toEqual({ learningDaysPerFte: null });
    expect(organisationChanges(ORG, { ...toFormValues(ORG), learningDaysPerFte: 'twaalf' })).toEqual({ learningDaysPerFte: 'twaalf' });
    expect(normaliseDecimal(' 2,75 ')).toBe('2.75');
  });
});

describe('OrganisationForm', () => {
  it('saves with If-Match and confirms', async () => {
    const { requests } = mockApi({
      'PATCH /organisation': () => jsonResponse({ ...ORG, learningDaysPerFte: '14.0', version: 8 }),
      'GET /auth/me': () => problemResponse(401, { title: 'x', detail: '' }),
    });
    renderForm();
    const field = screen.getByLabelText(/Leertijdnorm/);
    await userEvent.clear(field);
    await userEvent.type(field, '14');
    await userEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByRole('status')).toHaveTextContent('De instellingen zijn opgeslagen.');
    const patch = requests.find((r) => r.method === 'PATCH')!;
    expect(patch.headers.get('If-Match')).toBe('"7"');
    expect(await patch.json()).toEqual({ learningDaysPerFte: '14' });
  });

  it('explains a stale version (412) and offers to reload', async () => {
    mockApi({
      'PATCH /organisation': () => problemResponse(412, { title: 'Precondition Failed', detail: 'Stale.' }),
    });
    const { onReload } = renderForm();
    const field = screen.getByLabelText(/Minimale groepsgrootte/);
    await userEvent.clear(field);
    await userEvent.type(field, '7');
    await userEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Iemand anders heeft dit intussen gewijzigd');
    await userEvent.click(screen.getByRole('button', { name: 'Nieuwste versie laden' }));
    expect(onReload).toHaveBeenCalledOnce();
  });

  it('puts the server’s field errors on their fields', async () => {
    mockApi({
      'PATCH /organisation': () =>
        problemResponse(400, {
          title: 'Bad Request',
          detail: 'Invalid input.',
          errors: [{ pointer: '/minimumReportGroupSize', detail: 'Must be at least 2.' }],
        }),
    });
    renderForm();
    const field = screen.getByLabelText(/Minimale groepsgrootte/);
    await userEvent.clear(field);
    await userEvent.type(field, '1');
    await userEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('Must be at least 2.')).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(expect.stringContaining('Must be at least 2.'));
    // the alert points to the fields in Dutch; the server's English summary is left out
    expect(screen.getByRole('alert')).toHaveTextContent('Controleer de gemarkeerde velden.');
    expect(screen.getByRole('alert')).not.toHaveTextContent('Invalid input.');
  });
});
