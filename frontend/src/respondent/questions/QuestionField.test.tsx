import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { QuestionField } from './QuestionField';
import { QuestionnaireView } from './Questionnaire';
import { isAnswered, scalePoints, type AnswerValue, type RespondentQuestion } from './types';

function question(overrides: Partial<RespondentQuestion>): RespondentQuestion {
  return { id: 'q1', text: 'Hoe was het?', helpText: '', type: 'likert_5', required: true, options: [],
    scaleMinLabel: '', scaleMaxLabel: '', ...overrides };
}

function Controlled({ q, language = 'nl', error }: { q: RespondentQuestion; language?: string; error?: string }) {
  const [value, setValue] = useState<AnswerValue>(null);
  return (
    <>
      <QuestionField question={q} number={3} value={value} onChange={setValue} language={language} error={error} />
      <output data-testid="value">{JSON.stringify(value)}</output>
    </>
  );
}

const value = () => JSON.parse(screen.getByTestId('value').textContent ?? 'null');

describe('QuestionField', () => {
  it('renders a Likert question as a radio group named by its legend, with the scale ends for screen readers', () => {
    render(<Controlled q={question({ scaleMinLabel: 'Oneens', scaleMaxLabel: 'Eens', helpText: 'Over de trainer' })} />);
    const group = screen.getByRole('group', { name: '3. Hoe was het?' });
    expect(group).toHaveAccessibleDescription('Over de trainer 1 betekent oneens, 5 betekent eens.');
    const radios = screen.getAllByRole('radio');
    expect(radios.map((radio) => radio.getAttribute('value'))).toEqual(['1', '2', '3', '4', '5']);
    expect(radios[0]).toBeRequired();
    fireEvent.click(screen.getByRole('radio', { name: '4' }));
    expect(value()).toBe(4);
  });

  it('gives a 0-10 scale eleven points and default anchors in the questionnaire language', () => {
    render(<Controlled q={question({ type: 'scale_0_10' })} language="en" />);
    expect(screen.getAllByRole('radio')).toHaveLength(11);
    expect(screen.getByRole('group')).toHaveAccessibleDescription('0 means very poor, 10 means excellent.');
    fireEvent.click(screen.getByRole('radio', { name: '0' }));
    expect(value()).toBe(0);
  });

  it('answers a single choice with the option key, a multiple choice with the keys in the order chosen', () => {
    const options = [{ key: 'a', label: 'Training' }, { key: 'b', label: 'Coaching' }, { key: 'c', label: 'E-learning' }];
    const { unmount } = render(<Controlled q={question({ type: 'single_choice', options })} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Coaching' }));
    expect(value()).toBe('b');
    unmount();
    render(<Controlled q={question({ type: 'multiple_choice', options, required: false })} />);
    expect(screen.getByRole('group', { name: '3. Hoe was het? (niet verplicht)' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('checkbox', { name: 'E-learning' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Training' }));
    expect(value()).toEqual(['c', 'a']);
    fireEvent.click(screen.getByRole('checkbox', { name: 'E-learning' }));
    expect(value()).toEqual(['a']);
  });

  it('renders an open question as a labelled text area of at most 5,000 characters', () => {
    render(<Controlled q={question({ type: 'open_text', required: false })} language="en" />);
    const box = screen.getByRole('textbox', { name: '3. Hoe was het? (optional)' });
    expect(box).toHaveAttribute('maxlength', '5000');
    fireEvent.change(box, { target: { value: 'Goed' } });
    expect(value()).toBe('Goed');
    expect(screen.getByText('4996 characters left.')).toBeInTheDocument();
  });

  it('ties an error to the question and marks it invalid', () => {
    render(<Controlled q={question({})} error="Beantwoord deze vraag." />);
    expect(screen.getByRole('group')).toHaveAccessibleDescription(/Beantwoord deze vraag\./);
    expect(screen.getAllByRole('radio')[0]).toHaveAttribute('aria-invalid', 'true');
  });
});

describe('QuestionnaireView', () => {
  it('numbers the questions and sets the questionnaire language', () => {
    const { container } = render(
      <QuestionnaireView title="Evaluatie" intro="Welkom." language="en"
        questions={[question({ id: 'a', text: 'Een' }), question({ id: 'b', text: 'Twee', type: 'open_text' })]} />,
    );
    expect(container.querySelector('[lang="en"]')).not.toBeNull();
    expect(screen.getByRole('heading', { level: 1, name: 'Evaluatie' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: '1. Een' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: '2. Twee' })).toBeInTheDocument();
  });
});

describe('answer helpers', () => {
  it('knows the scale points and what counts as answered', () => {
    expect(scalePoints('likert_7')).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(scalePoints('open_text')).toEqual([]);
    expect([null, '', '  ', []].map(isAnswered)).toEqual([false, false, false, false]);
    expect([0, 'a', ['x']].map(isAnswered)).toEqual([true, true, true]);
  });
});
