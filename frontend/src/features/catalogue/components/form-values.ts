import type {
  Audience,
  Category,
  FundingStream,
  Intervention,
  InterventionCreate,
  InterventionStatus,
  InterventionUpdate,
  KolbPhase,
} from '../api/types';
import { formatMoneyInput, readDecimal, readMoney } from '@/lib/money';

/** The form's amount fields: typed and read the one way (`readMoney`), and empty, not 0.00, when new. */
export const MONEY_FIELDS = ['costFixed', 'costPerParticipant', 'personalBudgetContribution'] as const;

/** The form's state: text as typed (numbers too), so nothing the user typed is lost before the server answers. */
export interface InterventionFormValues {
  title: string;
  status: InterventionStatus;
  goal: string;
  content: string;
  targetGroup: string;
  audience: Audience;
  category: Category;
  learningForm: string;
  learningMix: string;
  learningLevel: string;
  durationHours: string;
  durationDays: string;
  mandatory: boolean;
  provider: string;
  trainer: string;
  location: string;
  capacity: string;
  costFixed: string;
  costPerParticipant: string;
  expectedParticipants: string;
  fundingStream: FundingStream;
  personalBudgetContribution: string;
  published: boolean;
  learningGoalIds: string[];
  themeIds: string[];
  competencyIds: string[];
  kolbPhases: KolbPhase[];
  years: string;
  startsOn: string;
  period: string;
  sessionsPerYear: string;
  frequency: string;
  learningHoursPerParticipant: string;
  notes: string;
}

export const EMPTY_FORM: InterventionFormValues = {
  title: '',
  status: 'new',
  goal: '',
  content: '',
  targetGroup: '',
  audience: 'all',
  category: 'strategic_development',
  learningForm: '',
  learningMix: '',
  learningLevel: '',
  durationHours: '',
  durationDays: '',
  mandatory: false,
  provider: '',
  trainer: '',
  location: '',
  capacity: '',
  costFixed: '',
  costPerParticipant: '',
  expectedParticipants: '',
  fundingStream: 'strategic',
  personalBudgetContribution: '',
  published: false,
  learningGoalIds: [],
  themeIds: [],
  competencyIds: [],
  kolbPhases: [],
  years: '',
  startsOn: '',
  period: '',
  sessionsPerYear: '',
  frequency: '',
  learningHoursPerParticipant: '',
  notes: '',
};

export function toForm(i: Intervention, language = 'nl'): InterventionFormValues {
  return {
    title: i.title,
    status: i.status,
    goal: i.goal,
    content: i.content,
    targetGroup: i.targetGroup,
    audience: i.audience,
    category: i.category,
    learningForm: i.learningForm ?? '',
    learningMix: i.learningMix ?? '',
    learningLevel: i.learningLevel ?? '',
    durationHours: formatMoneyInput(i.durationHours, language),
    durationDays: formatMoneyInput(i.durationDays, language),
    mandatory: i.mandatory,
    provider: i.provider,
    trainer: i.trainer,
    location: i.location,
    capacity: i.capacity === null ? '' : String(i.capacity),
    costFixed: formatMoneyInput(i.costFixed, language),
    costPerParticipant: formatMoneyInput(i.costPerParticipant, language),
    expectedParticipants: i.expectedParticipants === null ? '' : String(i.expectedParticipants),
    fundingStream: i.fundingStream,
    personalBudgetContribution: formatMoneyInput(i.personalBudgetContribution, language),
    published: i.published,
    learningGoalIds: [...i.learningGoalIds],
    themeIds: [...i.themeIds],
    competencyIds: [...i.competencyIds],
    kolbPhases: [...i.kolbPhases],
    years: i.years.join(', '),
    startsOn: i.startsOn ?? '',
    period: i.period,
    sessionsPerYear: i.sessionsPerYear === null ? '' : String(i.sessionsPerYear),
    frequency: i.frequency,
    learningHoursPerParticipant: formatMoneyInput(i.learningHoursPerParticipant, language),
    notes: i.notes,
  };
}

/** A decimal (hours, days) as typed → the API's form, the way `language` writes numbers (`readDecimal`);
 * what does not read is sent as typed, so the server names the field. */
export function decimalText(text: string, language = 'nl'): string {
  const reading = readDecimal(text, language);
  return reading.ok ? reading.value : text.trim();
}

/** An amount as typed → the API's form; empty is 0 (the form checked every amount before, `readAmounts`). */
function moneyText(text: string, language: string): string {
  const reading = readMoney(text, language);
  return reading.ok ? reading.value : reading.reason === 'empty' ? '0' : text.trim();
}

/** A whole number when it is one; otherwise the text itself (the server then says what is wrong). */
function integerOrText(text: string): number | string | null {
  const value = text.trim();
  if (value === '') return null;
  return /^\d{1,12}$/.test(value) ? Number(value) : value;
}

/** `2014, 2015 2016` → [2014, 2015, 2016]; a part that is no number is kept as text for the server to refuse. */
export function parseYears(text: string): (number | string)[] {
  return text
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map((part) => (/^\d{1,4}$/.test(part) ? Number(part) : part));
}

function optionalDecimal(text: string, language: string): string | null {
  return text.trim() === '' ? null : decimalText(text, language);
}

/** The create body. Number fields may carry text the API will refuse with a field error; the cast says so. */
export function toBody(v: InterventionFormValues, language = 'nl'): InterventionCreate {
  return {
    title: v.title.trim(),
    status: v.status,
    goal: v.goal,
    content: v.content,
    targetGroup: v.targetGroup,
    audience: v.audience,
    category: v.category,
    learningForm: (v.learningForm || null) as InterventionCreate['learningForm'],
    learningMix: (v.learningMix || null) as InterventionCreate['learningMix'],
    learningLevel: (v.learningLevel || null) as InterventionCreate['learningLevel'],
    durationHours: optionalDecimal(v.durationHours, language),
    durationDays: optionalDecimal(v.durationDays, language),
    mandatory: v.mandatory,
    provider: v.provider.trim(),
    trainer: v.trainer.trim(),
    location: v.location.trim(),
    capacity: integerOrText(v.capacity) as number | null,
    costFixed: moneyText(v.costFixed, language),
    costPerParticipant: moneyText(v.costPerParticipant, language),
    expectedParticipants: integerOrText(v.expectedParticipants) as number | null,
    fundingStream: v.fundingStream,
    personalBudgetContribution: moneyText(v.personalBudgetContribution, language),
    published: v.published,
    learningGoalIds: v.learningGoalIds,
    themeIds: v.themeIds,
    competencyIds: v.competencyIds,
    kolbPhases: v.kolbPhases,
    years: parseYears(v.years) as number[],
    startsOn: v.startsOn.trim() || null,
    period: v.period.trim(),
    sessionsPerYear: integerOrText(v.sessionsPerYear) as number | null,
    frequency: v.frequency.trim(),
    learningHoursPerParticipant: optionalDecimal(v.learningHoursPerParticipant, language),
    notes: v.notes,
  };
}

function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string' && /^-?\d+(\.\d+)?$/.test(a) && /^-?\d+(\.\d+)?$/.test(b)) {
    return Number(a) === Number(b);
  }
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Only what changed from the stored intervention: the PATCH body. Link lists are compared as sets. */
export function changes(stored: Intervention, v: InterventionFormValues, language = 'nl'): InterventionUpdate {
  const before = toBody(toForm(stored, language), language) as unknown as Record<string, unknown>;
  const after = toBody(v, language) as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(after)) {
    const old = before[key];
    const isSet = Array.isArray(value) && Array.isArray(old);
    const equal = isSet
      ? value.length === old.length && value.every((item) => (old as unknown[]).includes(item))
      : same(old, value);
    if (!equal) out[key] = value;
  }
  return out as InterventionUpdate;
}
