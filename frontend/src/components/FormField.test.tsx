import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TextAreaField } from './FormField';

describe('TextAreaField', () => {
  it('is named by its label and described by its help and error', () => {
    render(<TextAreaField label="Doel" name="goal" rows={3} description="Wat levert het op?" error="Vul een doel in." />);
    const field = screen.getByRole('textbox', { name: 'Doel' });
    expect(field).toHaveAttribute('name', 'goal');
    expect(field).toHaveAttribute('rows', '3');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription('Wat levert het op? Vul een doel in.');
  });

  it('is valid and undescribed without help or error', () => {
    render(<TextAreaField label="Samenvatting" name="summary" />);
    const field = screen.getByRole('textbox', { name: 'Samenvatting' });
    expect(field).not.toHaveAttribute('aria-invalid');
    expect(field).not.toHaveAttribute('aria-describedby');
  });
});
