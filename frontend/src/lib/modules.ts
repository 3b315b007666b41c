/**
 * The modules whose pages are not built yet. Every menu (the main navigation, the home page) hides them, so no
 * one is sent to an empty page. When a module lands, its feature removes its path from this one list.
 */
export const UNBUILT_MODULES: readonly string[] = [];

export function isBuilt(path: string): boolean {
  return !UNBUILT_MODULES.includes(path);
}
