import type { components } from '@/api/schema';

type S = components['schemas'];
export type Instrument = S['InstrumentRead'];
export type InstrumentCreate = S['InstrumentCreate'];
export type InstrumentUpdate = S['InstrumentUpdate'];
export type Question = S['QuestionRead'];
export type QuestionCreate = S['QuestionCreate'];
export type QuestionUpdate = S['QuestionUpdate'];
export type TemplateSummary = S['TemplateSummary'];
export type QuestionType = S['QuestionType'];
export type MeasurementLevel = S['MeasurementLevel'];
export type Dimension = S['Dimension'];
export type InstrumentPurpose = S['InstrumentPurpose'];
export type InstrumentStatus = S['InstrumentStatus'];
export type QuestionnaireLanguage = S['QuestionnaireLanguage'];

export interface InstrumentListParams {
  status?: string;
  purpose?: string;
  page: number;
  pageSize: number;
}
