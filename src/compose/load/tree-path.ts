/**
 * @module
 * compose-go's `tree.Path` matching: a path is a list of keys (`[]` standing for any list item),
 * a pattern may use `*` for any single key. Rules of the loader (casts, merges, canonical forms,
 * defaults) are tables keyed by such patterns.
 */

/** True when `path` has as many parts as `pattern` and each part equals its pattern part or `*`. */
export function matchesPath(path: readonly string[], pattern: readonly string[]): boolean {
  if (path.length !== pattern.length) return false;
  for (let i = 0; i < path.length; i++) if (pattern[i] !== '*' && pattern[i] !== path[i]) return false;
  return true;
}

/** Parses a dotted pattern (`services.*.ports`). */
export const pattern = (dotted: string): readonly string[] => dotted.split('.');
