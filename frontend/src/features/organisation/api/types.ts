import type { components } from '@/api/schema';

export type Organisation = components['schemas']['OrganisationRead'];
export type OrganisationUpdate = components['schemas']['OrganisationUpdate'];
