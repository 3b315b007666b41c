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
  it('reads Dutch amounts', () => {
    expect(decimalText('1.500,50')).toBe('1500.50');
    expect(decimalText('€ 125,5')).toBe('125.5');
    expect(decimalText('1,500.25')).toBe('1500.25');
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
      learningHoursPerParticipant: '7.5',
      notes: 'Zie plan',
    });
  });
});
