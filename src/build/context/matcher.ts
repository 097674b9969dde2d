/**
 * @module
 * moby's `patternmatcher.PatternMatcher`, the `.dockerignore` engine of the docker CLI and the
 * classic builder: patterns apply in order, the **last matching pattern wins** (`!` ones
 * re-include), and a pattern that matches a parent directory matches everything below it.
 * Two variants exist and Docker uses both: {@link PatternMatcher.matchesOrParentMatches} (the
 * daemon, the CLI's validation walk) and {@link PatternMatcher.matchesUsingParentResults} (the
 * CLI's tar walk, which reuses the parent's per-pattern results).
 */
import { BadPatternError, isValidGoPattern } from '../go/match.js';
import { cleanPath, dirPath } from '../../core/go-path.js';
import { trimSpace } from '../go/unicode.js';
import { IgnorePattern } from './pattern.js';

/** A malformed `.dockerignore` (`illegal exclusion pattern: "!"`, `syntax error in pattern`). */
export class IgnorePatternError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IgnorePatternError';
  }
}

/** Per-pattern results for a directory, passed down to its children. */
export interface ParentMatchInfo {
  /** For each pattern, whether it matched the directory (or one of its parents). */
  readonly parentMatched: readonly boolean[];
}

/** The starting point of a walk: no parent results. */
export const NO_PARENT: ParentMatchInfo = { parentMatched: [] };

/** A list of `.dockerignore` patterns, ready to match paths. */
export class PatternMatcher {
  /** The patterns, in order. */
  readonly patterns: readonly IgnorePattern[];
  /** True when at least one pattern is an exception (`!…`). */
  readonly exclusions: boolean;

  /** Compiles `patterns`; throws {@link IgnorePatternError} for a malformed one. */
  constructor(patterns: readonly string[]) {
    const compiled: IgnorePattern[] = [];
    for (const raw of patterns) {
      let p = trimSpace(raw);
      if (p === '') continue;
      p = cleanPath(p);
      let exclusion = false;
      if (p.startsWith('!')) {
        if (p.length === 1) throw new IgnorePatternError('illegal exclusion pattern: "!"');
        exclusion = true;
        p = p.slice(1);
      }
      if (!isValidGoPattern(p)) throw new IgnorePatternError(new BadPatternError().message);
      compiled.push(new IgnorePattern(p, exclusion));
    }
    this.patterns = compiled;
    this.exclusions = compiled.some((p) => p.exclusion);
  }

  /**
   * True when `file` (slash-separated, relative) is excluded: the last pattern matching it or one
   * of its parent directories decides. Throws {@link IgnorePatternError} for a pattern that fails.
   */
  matchesOrParentMatches(file: string): boolean {
    let matched = false;
    for (const pattern of this.patterns) {
      // An inclusion cannot change an excluded path, nor an exception an included one.
      if (pattern.exclusion !== matched) continue;
      if (guard(() => pattern.match(file)) || parentMatches(pattern, file)) matched = !pattern.exclusion;
    }
    return matched;
  }

  /**
   * Like {@link matchesOrParentMatches}, reusing the results computed for the parent directory
   * (as the CLI's tar walk does): a pattern that matched the parent matches the child.
   */
  matchesUsingParentResults(file: string, parent: ParentMatchInfo): { matched: boolean; info: ParentMatchInfo } {
    const parentMatched = parent.parentMatched;
    if (parentMatched.length !== 0 && parentMatched.length !== this.patterns.length) {
      throw new IgnorePatternError('wrong number of values in parentMatched');
    }
    let matched = false;
    const info: boolean[] = new Array<boolean>(this.patterns.length).fill(false);
    this.patterns.forEach((pattern, i) => {
      let match = parentMatched.length !== 0 && parentMatched[i] === true;
      if (!match) {
        if (pattern.exclusion !== matched) return;
        // Without parent results, check the parents as matchesOrParentMatches does.
        match = guard(() => pattern.match(file)) || (parentMatched.length === 0 && parentMatches(pattern, file));
      }
      info[i] = match;
      if (match) matched = !pattern.exclusion;
    });
    return { matched, info: { parentMatched: info } };
  }

  /**
   * moby's deprecated `Matches`, which the CLI still uses to decide whether the Dockerfile and
   * `.dockerignore` are excluded: only the parent prefix as deep as the pattern is checked.
   */
  matches(file: string): boolean {
    const parent = dirPath(file);
    const parentDirs = parent.split('/');
    let matched = false;
    for (const pattern of this.patterns) {
      if (pattern.exclusion !== matched) continue;
      let match = guard(() => pattern.match(file));
      if (!match && parent !== '.' && pattern.dirs.length <= parentDirs.length) {
        match = quiet(() => pattern.match(parentDirs.slice(0, pattern.dirs.length).join('/')));
      }
      if (match) matched = !pattern.exclusion;
    }
    return matched;
  }
}

/** True when `pattern` matches one of `file`'s parent directories (pattern errors ignored). */
function parentMatches(pattern: IgnorePattern, file: string): boolean {
  const dir = dirPath(file);
  if (dir === '.') return false;
  const dirs = dir.split('/');
  return dirs.some((_, i) => quiet(() => pattern.match(dirs.slice(0, i + 1).join('/'))));
}

function guard(match: () => boolean): boolean {
  try {
    return match();
  } catch (e) {
    if (e instanceof BadPatternError) throw new IgnorePatternError(e.message);
    throw e;
  }
}

/** Parent-directory checks ignore pattern errors, as moby does. */
function quiet(match: () => boolean): boolean {
  try {
    return match();
  } catch (e) {
    if (e instanceof BadPatternError) return false;
    throw e;
  }
}

/** moby's package-level `MatchesOrParentMatches`: `.` is never excluded. */
export function matchesOrParentMatches(file: string, patterns: readonly string[]): boolean {
  const clean = cleanPath(file);
  if (clean === '.') return false;
  return new PatternMatcher(patterns).matchesOrParentMatches(clean);
}

/** moby's package-level (deprecated) `Matches`: `.` is never excluded. */
export function matches(file: string, patterns: readonly string[]): boolean {
  const clean = cleanPath(file);
  if (clean === '.') return false;
  return new PatternMatcher(patterns).matches(clean);
}
