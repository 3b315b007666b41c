import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockApi } from '@/test/fetch-mock';
import { jsonResponse, renderWithRouter } from '@/test/render';
import { QuestionForm } from './QuestionForm';

afterEach(() => vi.restoreAllMocks());

const EMPTY = { items: [], total: 0, page: 1, pageSize: 200 };

describe('QuestionForm', () => {
  it('offers the evaluation aspect with Dutch labels beside the level, dimension and lever, and sends it', async () => {
    mockApi({ 'GET /competencies': () => jsonResponse(EMPTY), 'GET /learning-goals': () => jsonResponse(EMPTY) });
    const onSubmit = vi.fn();
    renderWithRouter(<QuestionForm submitLabel="Vraag toevoegen" busy={false} error={null} onSubmit={onSubmit} onCancel={() => undefined} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/^Vraag/), 'Hoe was de trainer?');
    const aspect = screen.getByLabelText(/^Evaluatieaspect/);
    expect([...(aspect as HTMLSelectElement).options].map((o) => o.text))
      .toEqual(['Geen', 'Trainer', 'Inhoud', 'Meerwaarde', 'Locatie', 'Totaalcijfer']);
    await user.selectOptions(aspect, 'trainer');
    await user.click(screen.getByRole('button', { name: 'Vraag toevoegen' }));
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ text: 'Hoe was de trainer?', evaluationAspect: 'trainer' }));
  });
});
