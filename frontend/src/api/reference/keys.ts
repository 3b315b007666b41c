/**
 * The query keys of one API resource, shared by every feature that reads it: lists (a feature's pages and
 * the options other features pick from) sit under `lists()`, so a change that invalidates `lists()`
 * refreshes them all.
 */
export function resourceKeys<const R extends string>(resource: R) {
  const all = [resource] as const;
  return {
    all,
    lists: () => [...all, 'list'] as const,
    list: <P extends object>(params: P) => [...all, 'list', params] as const,
    options: () => [...all, 'list', 'options'] as const,
    detail: (id: string) => [...all, 'detail', id] as const,
  };
}
