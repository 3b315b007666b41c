import type { components } from '@/api/schema';

export type Organisation = components['schemas']['Organisation'];
export type OrganisationUpdate = components['schemas']['OrganisationUpdate'];
