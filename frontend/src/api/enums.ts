// Generated from openapi.json by scripts/gen-enums.mjs (`npm run gen:types`): do not edit.
import type { components } from './schema';

type Schemas = components['schemas'];

/** Every enum of the API by its schema name, with its values in the order the API lists them. */
export const ENUM_VALUES = {
  AnonymityMode: ['named', 'pseudonymous', 'anonymous'] as const satisfies readonly Schemas['AnonymityMode'][],
  Attendance: ['present', 'absent'] as const satisfies readonly Schemas['Attendance'][],
  Audience: ['employees', 'managers', 'all'] as const satisfies readonly Schemas['Audience'][],
  Category: ['strategic_development', 'strategic_theme', 'basic_skill', 'management_development', 'functional'] as const satisfies readonly Schemas['Category'][],
  ChecklistItem: ['stakeholders_informed', 'participants_interviewed', 'needs_shape_themes', 'trainers_briefed', 'assignments_in_own_work', 'rhythm_shared', 'four_d_followed', 'storyline_everywhere'] as const satisfies readonly Schemas['ChecklistItem'][],
  CheckStatus: ['pass', 'warn', 'manual'] as const satisfies readonly Schemas['CheckStatus'][],
  CohortStatus: ['planned', 'running', 'finished'] as const satisfies readonly Schemas['CohortStatus'][],
  ComparisonKind: ['paired', 'unpaired'] as const satisfies readonly Schemas['ComparisonKind'][],
  Degree: ['high', 'low'] as const satisfies readonly Schemas['Degree'][],
  DesignStep: ['goal_and_constraints', 'current_situation', 'stakeholders', 'framework', 'implementation', 'effect_measurement'] as const satisfies readonly Schemas['DesignStep'][],
  Dimension: ['learning_effect', 'behaviour', 'motivation', 'attitude', 'quality', 'functioning', 'relevance', 'support', 'room_to_apply'] as const satisfies readonly Schemas['Dimension'][],
  EffectSizeKind: ['d_z', 'hedges_g'] as const satisfies readonly Schemas['EffectSizeKind'][],
  EngagementKind: ['interview', 'design_session', 'progress_update', 'kick_off', 'onboarding', 'other'] as const satisfies readonly Schemas['EngagementKind'][],
  EnrolmentRole: ['participant', 'coach', 'buddy', 'trainer'] as const satisfies readonly Schemas['EnrolmentRole'][],
  EvaluationAspect: ['trainer', 'content', 'added_value', 'location', 'overall'] as const satisfies readonly Schemas['EvaluationAspect'][],
  EvaluationGroupKind: ['intervention', 'session', 'trainer', 'location'] as const satisfies readonly Schemas['EvaluationGroupKind'][],
  ExpenditureStatus: ['committed', 'spent'] as const satisfies readonly Schemas['ExpenditureStatus'][],
  ExportFormat: ['xlsx', 'csv'] as const satisfies readonly Schemas['ExportFormat'][],
  FeedKind: ['cohort', 'person', 'trainer'] as const satisfies readonly Schemas['FeedKind'][],
  FrameworkKind: ['competencies', 'organisation_dna'] as const satisfies readonly Schemas['FrameworkKind'][],
  FundingStream: ['strategic', 'functional', 'personal'] as const satisfies readonly Schemas['FundingStream'][],
  InsightKind: ['strength', 'challenge', 'opportunity', 'need'] as const satisfies readonly Schemas['InsightKind'][],
  InsightSource: ['interview', 'former_participants', 'design_session', 'document', 'other'] as const satisfies readonly Schemas['InsightSource'][],
  InstrumentPurpose: ['effect_measurement', 'intervention_evaluation', 'learning_preferences', 'custom'] as const satisfies readonly Schemas['InstrumentPurpose'][],
  InstrumentStatus: ['draft', 'published'] as const satisfies readonly Schemas['InstrumentStatus'][],
  InterventionStatus: ['new', 'existing', 'partly_existing'] as const satisfies readonly Schemas['InterventionStatus'][],
  InvitationStatus: ['pending', 'sent', 'opened', 'completed'] as const satisfies readonly Schemas['InvitationStatus'][],
  KolbPhase: ['concrete_experience', 'reflective_observation', 'abstract_conceptualisation', 'active_experimentation'] as const satisfies readonly Schemas['KolbPhase'][],
  LearningForm: ['training', 'workshop', 'e_learning', 'coaching', 'e_coaching', 'intervision', 'buddy_talk', 'event', 'knowledge_session', 'simulation_game', 'assignment', 'lecture', 'masterclass', 'course', 'webinar', 'other'] as const satisfies readonly Schemas['LearningForm'][],
  LearningLevel: ['self', 'self_and_others', 'self_and_organisation'] as const satisfies readonly Schemas['LearningLevel'][],
  LearningMix: ['workplace', 'social', 'formal'] as const satisfies readonly Schemas['LearningMix'][],
  LineKind: ['intervention', 'contingency', 'placeholder', 'ring_fenced', 'other'] as const satisfies readonly Schemas['LineKind'][],
  LineSkip: ['stopped', 'not_in_programme', 'budgeted_next_year', 'in_next_year'] as const satisfies readonly Schemas['LineSkip'][],
  Magnitude: ['negligible', 'small', 'medium', 'large'] as const satisfies readonly Schemas['Magnitude'][],
  MeasurementLevel: ['participant', 'programme', 'organisation'] as const satisfies readonly Schemas['MeasurementLevel'][],
  MeasurementMoment: ['pre', 'after_week_1', 'midway', 'post'] as const satisfies readonly Schemas['MeasurementMoment'][],
  NumberFormat: ['nl', 'en'] as const satisfies readonly Schemas['NumberFormat'][],
  Origin: ['planned', 'continued', 'changed'] as const satisfies readonly Schemas['Origin'][],
  PlanStatus: ['draft', 'adopted', 'archived'] as const satisfies readonly Schemas['PlanStatus'][],
  Principle: ['organisational_context', 'user_centred_design', 'educational_theory', 'learning_ecosystem', 'fixed_rhythm', 'structured_design_process', 'storyline_learning'] as const satisfies readonly Schemas['Principle'][],
  ProgrammeStatus: ['draft', 'active', 'archived'] as const satisfies readonly Schemas['ProgrammeStatus'][],
  Quadrant: ['keep_satisfied', 'manage_closely', 'monitor', 'keep_informed'] as const satisfies readonly Schemas['Quadrant'][],
  QuestionnaireLanguage: ['nl', 'en'] as const satisfies readonly Schemas['QuestionnaireLanguage'][],
  QuestionType: ['likert_5', 'likert_7', 'scale_0_10', 'single_choice', 'multiple_choice', 'open_text'] as const satisfies readonly Schemas['QuestionType'][],
  ReportFormat: ['xlsx', 'csv'] as const satisfies readonly Schemas['ReportFormat'][],
  ReportRowKind: ['question', 'level', 'dimension', 'competency', 'transfer_lever'] as const satisfies readonly Schemas['ReportRowKind'][],
  ReviewDecision: ['continue', 'change', 'stop'] as const satisfies readonly Schemas['ReviewDecision'][],
  Role: ['viewer', 'editor', 'admin'] as const satisfies readonly Schemas['Role'][],
  RoundMoment: ['pre', 'after_week_1', 'midway', 'post', 'evaluation', 'custom'] as const satisfies readonly Schemas['RoundMoment'][],
  SessionStatus: ['planned', 'held', 'cancelled'] as const satisfies readonly Schemas['SessionStatus'][],
  StakeholderRole: ['commissioner', 'hr', 'team_lead', 'ld_adviser', 'participant', 'former_participant', 'director', 'works_council', 'trainer', 'other'] as const satisfies readonly Schemas['StakeholderRole'][],
  SuppressionReason: ['too_few', 'protects_another'] as const satisfies readonly Schemas['SuppressionReason'][],
  SyncOutcome: ['created', 'updated', 'unchanged', 'marked_as_left', 'refused'] as const satisfies readonly Schemas['SyncOutcome'][],
  TeamSkip: ['next_year_has_teams'] as const satisfies readonly Schemas['TeamSkip'][],
  TokenScope: ['read', 'write'] as const satisfies readonly Schemas['TokenScope'][],
  TokenStatus: ['active', 'expired', 'revoked'] as const satisfies readonly Schemas['TokenStatus'][],
  TransferLever: ['transfer_motivation', 'self_efficacy', 'transfer_volition', 'clarity_of_expectations', 'content_relevance', 'active_practice', 'transfer_planning', 'opportunity_to_use', 'personal_transfer_capacity', 'supervisor_support', 'peer_support', 'organisational_transfer_expectations'] as const satisfies readonly Schemas['TransferLever'][],
} as const;

export type EnumName = keyof typeof ENUM_VALUES;
export type EnumValue<N extends EnumName> = (typeof ENUM_VALUES)[N][number];

export const PROBLEM_CODES = ['already_enrolled', 'already_exists', 'already_submitted', 'asked_in_instruments', 'budget_has_lines', 'calendar_feed_exists', 'cannot_change_self', 'cannot_delete_self', 'choice_needs_options', 'conflict', 'csrf_missing', 'database_unavailable', 'draft_version_exists', 'focus_of_programmes', 'forbidden', 'framework_of_programmes', 'http_error', 'import_links_changed', 'import_rows_invalid', 'in_use', 'instrument_has_no_questions', 'instrument_is_draft', 'instrument_not_published', 'instrument_published', 'internal_error', 'intervention_has_sessions', 'intervention_in_use', 'invalid_fields', 'invalid_input', 'invitation_unknown', 'last_admin', 'line_has_expenditures', 'login_failed', 'login_throttled', 'mail_not_configured', 'method_not_allowed', 'not_found', 'organisation_name_taken', 'payload_too_large', 'placed_in_programmes', 'precondition_required', 'programme_has_cohorts', 'review_decisions', 'review_done', 'review_nothing', 'review_outside_plan', 'role_required', 'round_has_invitations', 'round_has_responses', 'round_not_open', 'round_not_yet_open', 'session_full', 'stale_version', 'token_has_no_session', 'token_has_no_user', 'token_invalid', 'token_revoked', 'too_many_requests', 'unauthenticated', 'unsupported_media_type'] as const;
export const FIELD_CODES = ['above_ring_fence', 'ambiguous_name', 'ambiguous_number', 'before_first_year', 'before_start', 'below_attendee_count', 'bool_parsing', 'bool_type', 'confirmation_mismatch', 'date_from_datetime_parsing', 'date_in_past', 'date_out_of_range', 'date_parsing', 'date_type', 'datetime_parsing', 'datetime_type', 'decimal_max_digits', 'decimal_max_places', 'decimal_parsing', 'decimal_type', 'decimal_whole_digits', 'dict_type', 'dimension_of_other_level', 'duplicate', 'duplicate_column', 'empty_file', 'enum', 'extra_forbidden', 'finite_number', 'float_parsing', 'float_type', 'greater_than', 'greater_than_equal', 'int_from_float', 'int_parsing', 'int_type', 'invalid', 'invalid_date', 'invalid_years', 'json_invalid', 'less_than', 'less_than_equal', 'list_type', 'literal_error', 'missing', 'missing_column', 'missing_decisions', 'model_type', 'not_a_number', 'not_a_participant', 'not_a_whole_number', 'not_after_start', 'not_allowed', 'not_an_attendee', 'not_cancellable', 'not_carried', 'not_created', 'not_yes_or_no', 'nul_character', 'number_too_long', 'outside_budget_year', 'outside_cohort', 'password_common', 'password_contains_identity', 'password_too_short', 'same_person', 'shares_total', 'string_pattern_mismatch', 'string_too_long', 'string_too_short', 'string_type', 'string_unicode', 'taken', 'too_far_ahead', 'too_long', 'too_many', 'too_many_decimals', 'too_many_rows', 'too_short', 'unknown', 'unknown_id', 'unknown_name', 'unknown_reference', 'unknown_sort_field', 'unknown_value', 'unreadable_file', 'url_parsing', 'uuid_parsing', 'uuid_type', 'value_error', 'wrong_kind'] as const;
