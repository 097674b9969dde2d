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

/** A table of rules keyed by path patterns, as compose-go keeps them. */
export type PathRules<T> = readonly (readonly [readonly string[], T])[];

/** The rule whose pattern matches `path`, if any. */
export function ruleAt<T>(rules: PathRules<T>, path: readonly string[]): T | undefined {
  return rules.find(([p]) => matchesPath(path, p))?.[1];
}
