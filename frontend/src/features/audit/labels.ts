import type { TFunction } from 'i18next';
import type { EnumName } from '@/api/enums';

/** `startsOn` / `budget_line` → "starts on" / "budget line": what a code reads as when no label is known yet. */
function humanize(code: string): string {
  return code.replace(/_/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function entityTypeLabel(t: TFunction, type: string): string {
  return t(`audit:entityTypes.${type}`, { defaultValue: capitalise(humanize(type)) });
}

/** `intervention.updated` → "Interventie gewijzigd". */
export function actionLabel(t: TFunction, action: string): string {
  // Some actions read as a whole ("Ingelogd"), not as object + verb.
  const whole = t(`audit:actions.${action.replace('.', '_')}`, { defaultValue: '' });
  if (whole) return whole;
  const dot = action.indexOf('.');
  if (dot < 0) return capitalise(humanize(action));
  const verb = action.slice(dot + 1);
  return t('audit:action', {
    type: entityTypeLabel(t, action.slice(0, dot)),
    verb: t(`audit:verbs.${verb}`, { defaultValue: humanize(verb) }),
  });
}

export function fieldLabel(t: TFunction, field: string): string {
  return t(`audit:fields.${field}`, { defaultValue: capitalise(humanize(field)) });
}

/** The enum a changed field holds, by field (`category`) or, where one name means different enums, by entity type
 * and field (`plan.status`). */
const FIELD_ENUMS: Partial<Record<string, EnumName>> = {
  anonymity: 'AnonymityMode', attendance: 'Attendance', audience: 'Audience', category: 'Category',
  decision: 'ReviewDecision', dimension: 'Dimension', evaluationAspect: 'EvaluationAspect',
  fundingStream: 'FundingStream', influence: 'Degree', interest: 'Degree', kolbPhase: 'KolbPhase',
  learningForm: 'LearningForm', learningLevel: 'LearningLevel', level: 'MeasurementLevel',
  measurementLevels: 'MeasurementLevel', measurementMoments: 'MeasurementMoment', moment: 'RoundMoment',
  origin: 'Origin', purpose: 'InstrumentPurpose', quadrant: 'Quadrant', scopes: 'TokenScope',
  transferLever: 'TransferLever',
  'api_token.scope': 'TokenScope', 'calendar_feed.kind': 'FeedKind', 'cohort.status': 'CohortStatus',
  'competency_framework.kind': 'FrameworkKind', 'engagement.kind': 'EngagementKind', 'enrolment.role': 'EnrolmentRole',
  'expenditure.status': 'ExpenditureStatus', 'insight.kind': 'InsightKind', 'insight.source': 'InsightSource',
  'instrument.language': 'QuestionnaireLanguage', 'instrument.status': 'InstrumentStatus',
  'intervention.status': 'InterventionStatus', 'invitation.status': 'InvitationStatus', 'plan.status': 'PlanStatus',
  'programme.status': 'ProgrammeStatus', 'programme_stakeholder.role': 'StakeholderRole', 'question.type': 'QuestionType',
  'session.status': 'SessionStatus', 'stakeholder.role': 'StakeholderRole', 'user.role': 'Role',
};

export function fieldEnum(entityType: string, field: string): EnumName | undefined {
  return FIELD_ENUMS[`${entityType}.${field}`] ?? FIELD_ENUMS[field];
}

/** An enum value as its label (`draft` → "Concept"); an unknown value as it is. */
export function enumValueLabel(t: TFunction, name: EnumName, value: string): string {
  return t(`vocabulary:${name}.${value}`, { defaultValue: value });
}
