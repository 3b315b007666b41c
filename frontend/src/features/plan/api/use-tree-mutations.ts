import { useMutation, useQueryClient } from '@tanstack/react-query';
import { learningGoalKeys } from '@/api/reference/learning-goals';
import { developmentKeys, goalKeys } from '@/api/reference/plan-tree';
import { themeKeys } from '@/api/reference/themes';
import type { components } from '@/api/schema';
import { api, ifMatch } from '@/lib/api-client';
import { unwrap } from '@/lib/unwrap';
import { planKeys } from './plan-keys';
import type { TreeKind } from './types';

type S = components['schemas'];

/** What to create: the kind of item with its body (the parent id is in the body). */
export type TreeCreate =
  | { kind: 'developments'; body: S['DevelopmentCreate'] }
  | { kind: 'goals'; body: S['GoalCreate'] }
  | { kind: 'learning-goals'; body: S['LearningGoalCreate'] }
  | { kind: 'themes'; body: S['ThemeCreate'] };

export type TreeUpdate =
  | { kind: 'developments'; id: string; version: number; changes: S['DevelopmentUpdate'] }
  | { kind: 'goals'; id: string; version: number; changes: S['GoalUpdate'] }
  | { kind: 'learning-goals'; id: string; version: number; changes: S['LearningGoalUpdate'] }
  | { kind: 'themes'; id: string; version: number; changes: S['ThemeUpdate'] };

export interface TreeDelete {
  kind: TreeKind;
  id: string;
}

function create(input: TreeCreate): Promise<unknown> {
  switch (input.kind) {
    case 'developments':
      return unwrap(api.POST('/developments', { body: input.body }));
    case 'goals':
      return unwrap(api.POST('/goals', { body: input.body }));
    case 'learning-goals':
      return unwrap(api.POST('/learning-goals', { body: input.body }));
    case 'themes':
      return unwrap(api.POST('/themes', { body: input.body }));
  }
}

function update(input: TreeUpdate): Promise<unknown> {
  const header = { 'If-Match': ifMatch(input.version) };
  switch (input.kind) {
    case 'developments':
      return unwrap(
        api.PATCH('/developments/{development_id}', {
          params: { path: { development_id: input.id }, header },
          body: input.changes,
        }),
      );
    case 'goals':
      return unwrap(
        api.PATCH('/goals/{goal_id}', { params: { path: { goal_id: input.id }, header }, body: input.changes }),
      );
    case 'learning-goals':
      return unwrap(
        api.PATCH('/learning-goals/{learning_goal_id}', {
          params: { path: { learning_goal_id: input.id }, header },
          body: input.changes,
        }),
      );
    case 'themes':
      return unwrap(
        api.PATCH('/themes/{theme_id}', { params: { path: { theme_id: input.id }, header }, body: input.changes }),
      );
  }
}

function remove({ kind, id }: TreeDelete): Promise<unknown> {
  switch (kind) {
    case 'developments':
      return unwrap(api.DELETE('/developments/{development_id}', { params: { path: { development_id: id } } }));
    case 'goals':
      return unwrap(api.DELETE('/goals/{goal_id}', { params: { path: { goal_id: id } } }));
    case 'learning-goals':
      return unwrap(api.DELETE('/learning-goals/{learning_goal_id}', { params: { path: { learning_goal_id: id } } }));
    case 'themes':
      return unwrap(api.DELETE('/themes/{theme_id}', { params: { path: { theme_id: id } } }));
  }
}

/** The option lists (shared with the catalogue) an item of this kind is in, or takes with it when deleted. */
const REFERENCE_KEYS: Record<TreeKind, readonly (readonly string[])[]> = {
  developments: [learningGoalKeys.lists(), developmentKeys.lists(), goalKeys.lists()],
  goals: [learningGoalKeys.lists(), goalKeys.lists()],
  'learning-goals': [learningGoalKeys.lists()],
  themes: [themeKeys.lists()],
};

/** Create, change and delete items of a plan's tree; each refreshes the plan's traceability and the
 * option lists of what it changed. */
export function useTreeMutations(planId: string) {
  const queryClient = useQueryClient();
  const refresh = (_data: unknown, { kind }: { kind: TreeKind }) =>
    Promise.all(
      [planKeys.traceability(planId), ...REFERENCE_KEYS[kind]].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
    );
  return {
    create: useMutation({ mutationFn: create, onSuccess: refresh }),
    update: useMutation({ mutationFn: update, onSuccess: refresh }),
    remove: useMutation({ mutationFn: remove, onSuccess: refresh }),
  };
}
