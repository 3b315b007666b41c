import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiProblem } from '@/lib/api-problem';
import { ProblemAlert } from './ProblemAlert';

const refusedPassword = new ApiProblem({
  status: 400,
  title: 'Bad Request',
  detail: 'The password contains the e-mail address or name.',
  errors: [
    { pointer: '/password', detail: 'The password contains the e-mail address or name.', code: 'password_contains_identity' },
  ],
});

describe('ProblemAlert', () => {
  it('leaves the English summary out when every error is shown at its field', () => {
    render(<ProblemAlert error={refusedPassword} hasFieldErrors />);
    expect(screen.getByText('Controleer de gemarkeerde velden.')).toBeInTheDocument();
    expect(screen.queryByText(/The password contains/)).not.toBeInTheDocument();
  });

  it('shows the detail of a problem that belongs to no field', () => {
    render(<ProblemAlert error={new ApiProblem({ status: 409, title: 'Conflict', detail: 'In gebruik.' })} />);
    expect(screen.getByText('In gebruik.')).toBeInTheDocument();
  });
});
