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
  costFixed: '0.00',
  costPerParticipant: '0.00',
  expectedParticipants: '',
  fundingStream: 'strategic',
  personalBudgetContribution: '0.00',
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

export function toForm(i: Intervention): InterventionFormValues {
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
    durationHours: i.durationHours ?? '',
    durationDays: i.durationDays ?? '',
    mandatory: i.mandatory,
    provider: i.provider,
    trainer: i.trainer,
    location: i.location,
    capacity: i.capacity === null ? '' : String(i.capacity),
    costFixed: i.costFixed,
    costPerParticipant: i.costPerParticipant,
    expectedParticipants: i.expectedParticipants === null ? '' : String(i.expectedParticipants),
    fundingStream: i.fundingStream,
    personalBudgetContribution: i.personalBudgetContribution,
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
    learningHoursPerParticipant: i.learningHoursPerParticipant ?? '',
    notes: i.notes,
  };
}

/** `1.500,50` or `1500,5` → `1500.50`-like text the API reads; anything else is sent as typed, so the
 * server names the field. */
export function decimalText(text: string): string {
  let value = text.trim().replace(/[€\s]/g, '');
  if (value.includes(',') && value.includes('.')) {
    value = value.lastIndexOf(',') > value.lastIndexOf('.') ? value.replace(/\./g, '').replace(',', '.') : value.replace(/,/g, '');
  } else if (value.includes(',')) {
    value = value.replace(',', '.');
  }
  return value;
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

function optionalDecimal(text: string): string | null {
  return text.trim() === '' ? null : decimalText(text);
}

/** The create body. Number fields may carry text the API will refuse with a field error; the cast says so. */
export function toBody(v: InterventionFormValues): InterventionCreate {
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
    durationHours: optionalDecimal(v.durationHours),
    durationDays: optionalDecimal(v.durationDays),
    mandatory: v.mandatory,
    provider: v.provider.trim(),
    trainer: v.trainer.trim(),
    location: v.location.trim(),
    capacity: integerOrText(v.capacity) as number | null,
    costFixed: decimalText(v.costFixed) || '0',
    costPerParticipant: decimalText(v.costPerParticipant) || '0',
    expectedParticipants: integerOrText(v.expectedParticipants) as number | null,
    fundingStream: v.fundingStream,
    personalBudgetContribution: decimalText(v.personalBudgetContribution) || '0',
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
    learningHoursPerParticipant: optionalDecimal(v.learningHoursPerParticipant),
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
export function changes(stored: Intervention, v: InterventionFormValues): InterventionUpdate {
  const before = toBody(toForm(stored)) as unknown as Record<string, unknown>;
  const after = toBody(v) as unknown as Record<string, unknown>;
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
