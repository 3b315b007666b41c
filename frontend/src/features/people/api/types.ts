import type { components } from '@/api/schema';
import type { FileImport } from '@/lib/api-client';

type S = components['schemas'];
export type Person = S['PersonRead'];
export type PersonCreate = S['PersonCreate'];
export type PersonUpdate = S['PersonUpdate'];
export type PersonExport = S['PersonExport'];
export type ImportResult = S['PeopleImportResult'];
export type ImportRow = S['PeopleImportRow'];

export interface PeopleListParams {
  search?: string;
  team?: string;
  includeLeft?: boolean;
  page: number;
  pageSize: number;
}

export interface ImportRequest extends FileImport {
  markMissingAsLeft: boolean;
}
