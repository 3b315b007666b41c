import { resourceKeys } from '@/api/reference/keys';

/**
 * A programme's principle checks sit under the programme's detail key (`['programmes', 'detail', id, ...]`): every
 * change that invalidates the programme (its fields, steps, phases, learning lines, placements) refreshes them.
 * The same key as `programmeKeys.checks(id)` of the programmes feature.
 */
export const principleCheckKeys = {
  detail: (programmeId: string) => [...resourceKeys('programmes').detail(programmeId), 'principle-checks'] as const,
};
