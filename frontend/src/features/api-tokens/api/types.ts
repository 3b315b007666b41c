import type { components } from '@/api/schema';

export type ApiToken = components['schemas']['ApiTokenRead'];
export type ApiTokenCreate = components['schemas']['ApiTokenCreate'];
export type ApiTokenScope = ApiToken['scopes'][number];
