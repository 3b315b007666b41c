import { describe, expect, it } from 'vitest';
import type { Intervention } from '../api/types';
import { changes, decimalText, EMPTY_FORM, parseYears, toBody, toForm } from './form-values';

const STORED: Intervention = {
  id: 'i1',
  title: 'Hostmanship-training',
  status: 'new',
  goal: 'Gastvrij zijn',
  content: '',
  targetGroup: 'Medewerkers',
  audience: 'all',
  category: 'strategic_theme',
  learningForm: 'training',
  learningMix: null,
  learningLevel: null,
  durationHours: null,
  durationDays: '1.00',
  mandatory: false,
  provider: '',
  trainer: '',
  location: '',
  capacity: null,
  costFixed: '1500.00',
  costPerParticipant: '0.00',
  expectedParticipants: 20,
  fundingStream: 'strategic',
  personalBudgetContribution: '0.00',
  published: false,
  startsOn: '2014-05-01',
  period: 'mei – december',
  sessionsPerYear: null,
  frequency: '',
  learningHoursPerParticipant: '8.00',
  notes: '',
  learningHoursTotal: '160.00',
  totalCost: '1500.00',
  needsEvaluation: true,
  learningGoalIds: [],
  themeIds: ['t1', 't2'],
  competencyIds: [],
  kolbPhases: ['concrete_experience'],
  years: [2014, 2015],
  learningGoals: [],
  themes: [],
  competencies: [],
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  version: 1,
};

describe('intervention form values', () => {
  it('reads decimals the way the language writes them', () => {
    expect(decimalText('1.500,50')).toBe('1500.50');
    expect(decimalText('€ 125,5')).toBe('125.50');
    expect(decimalText('1,500.25', 'en')).toBe('1500.25');
  });

  it('starts its amounts empty and reads 4.800 as four thousand eight hundred in Dutch', () => {
    expect([EMPTY_FORM.costFixed, EMPTY_FORM.costPerParticipant, EMPTY_FORM.personalBudgetContribution]).toEqual(['', '', '']);
    const body = toBody({ ...EMPTY_FORM, title: 'Training', costFixed: '4.800', costPerParticipant: '€ 12,50' });
    expect(body).toMatchObject({ costFixed: '4800.00', costPerParticipant: '12.50', personalBudgetContribution: '0' });
    expect(toBody({ ...EMPTY_FORM, costFixed: '4,800.50' }, 'en').costFixed).toBe('4800.50');
  });

  it('shows stored amounts back the way the language writes them', () => {
    expect(toForm({ ...STORED, costFixed: '4800.00' }).costFixed).toBe('4.800,00');
    expect(toForm({ ...STORED, costFixed: '4800.00' }, 'en').costFixed).toBe('4,800.00');
  });

  it('splits years and keeps what is not a year for the server to refuse', () => {
    expect(parseYears('2014, 2015 2016')).toEqual([2014, 2015, 2016]);
    expect(parseYears('2014, twintig')).toEqual([2014, 'twintig']);
  });

  it('sends empty optional numbers as null and empty choices as null', () => {
    const body = toBody({ ...EMPTY_FORM, title: '  Cursus ' });
    expect(body).toMatchObject({ title: 'Cursus', capacity: null, durationHours: null, learningForm: null, years: [] });
  });

  it('sends only what changed, link lists compared as sets', () => {
    const form = toForm(STORED);
    expect(changes(STORED, form)).toEqual({});
    expect(changes(STORED, { ...form, themeIds: ['t2', 't1'], costFixed: '1500' })).toEqual({});
    expect(changes(STORED, { ...form, themeIds: ['t2'], capacity: '', durationDays: '', years: '2015' })).toEqual({
      themeIds: ['t2'],
      durationDays: null,
      years: [2015],
    });
    expect(changes(STORED, { ...form, expectedParticipants: 'veel' })).toEqual({ expectedParticipants: 'veel' });
    expect(changes(STORED, { ...form, startsOn: '', sessionsPerYear: '6', frequency: ' 6 × per jaar ', learningHoursPerParticipant: '7,5', notes: 'Zie plan' })).toEqual({
      startsOn: null,
      sessionsPerYear: 6,
      frequency: '6 × per jaar',
      learningHoursPerParticipant: '7.50',
      notes: 'Zie plan',
    });
  });
});
