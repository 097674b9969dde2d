/**
 * @module
 * What the docker CLI sends as the build context (docker/cli `image/build`, moby `go-archive`
 * `TarWithOptions`): the context directory minus what `.dockerignore` excludes. The Dockerfile and
 * `.dockerignore` themselves are always sent (the daemon drops them if they are excluded, so
 * COPY cannot see them). An excluded directory is skipped whole unless an exception pattern
 * starts with its path, in which case it is walked and only the re-included entries are sent —
 * so `!**\/keep.txt` cannot rescue a file inside an excluded directory, as in Docker.
 */
import { checkingContext } from '../../core/messages/index.js';
import { cleanPath } from '../../core/go-path.js';
import type { ContextEntry } from './listing.js';
import { isWithin, normalizeListing } from './listing.js';
import { IgnorePatternError, matches, matchesOrParentMatches, NO_PARENT, PatternMatcher } from './matcher.js';
import type { ParentMatchInfo } from './matcher.js';

/**
 * The CLI's `TrimBuildFilesFromExcludes`: exceptions for `.dockerignore` and the Dockerfile, so
 * both always reach the daemon (unless the Dockerfile comes from stdin).
 */
export function trimBuildFilesFromExcludes(excludes: readonly string[], dockerfile: string, dockerfileFromStdin = false): string[] {
  const out = [...excludes];
  if (safeMatches('.dockerignore', out)) out.push('!.dockerignore');
  if (safeMatches(dockerfile, out) && !dockerfileFromStdin) out.push(`!${dockerfile}`);
  return out;
}

function safeMatches(file: string, patterns: readonly string[]): boolean {
  try {
    return matches(file, patterns);
  } catch (e) {
    if (e instanceof IgnorePatternError) return false;
    throw e;
  }
}

/**
 * The CLI's `ValidateContextDirectory`, reduced to what can fail in a simulation: a malformed
 * pattern, reported as `checking context: syntax error in pattern`.
 */
export function validateContext(listing: readonly ContextEntry[], excludes: readonly string[]): void {
  try {
    const pm = new PatternMatcher(excludes);
    // Only a pattern that does not compile can fail a match; then walk as the CLI does.
    if (pm.patterns.every((p) => p.compiles)) return;
    let skipDir: string | undefined;
    for (const entry of normalizeListing(listing)) {
      if (skipDir !== undefined && isWithin(entry.path, skipDir)) continue;
      skipDir = undefined;
      if (pm.matchesOrParentMatches(cleanPath(entry.path)) && entry.kind === 'dir') skipDir = entry.path;
    }
  } catch (e) {
    if (e instanceof IgnorePatternError) throw checkingContext(e.message);
    throw e;
  }
}

/**
 * The entries the CLI puts in the context tar, in tar order, given the `.dockerignore` patterns
 * (already trimmed with {@link trimBuildFilesFromExcludes}). Throws `checking context: …` for a
 * malformed pattern.
 */
export function filterContext(listing: readonly ContextEntry[], excludes: readonly string[]): ContextEntry[] {
  validateContext(listing, excludes);
  const pm = new PatternMatcher(excludes);
  const entries = normalizeListing(listing);
  const sent: ContextEntry[] = [];
  const parents: { dir: string; info: ParentMatchInfo }[] = [];
  let skipDir: string | undefined;
  for (const entry of entries) {
    if (skipDir !== undefined && isWithin(entry.path, skipDir)) continue;
    skipDir = undefined;
    while (parents.length > 0 && !entry.path.startsWith(`${parents[parents.length - 1]!.dir}/`)) parents.pop();
    const { matched, info } = pm.matchesUsingParentResults(entry.path, parents[parents.length - 1]?.info ?? NO_PARENT);
    if (entry.kind === 'dir') parents.push({ dir: entry.path, info });
    if (matched) {
      if (entry.kind !== 'dir') continue;
      // Walk into an excluded directory only if an exception pattern lies inside it.
      const dirSlash = `${entry.path}/`;
      const rescued = pm.exclusions && pm.patterns.some((p) => p.exclusion && `${p.cleaned}/`.startsWith(dirSlash));
      if (!rescued) skipDir = entry.path;
      continue;
    }
    // A directory only implied by the listing is a real directory on the sending side.
    sent.push(entry.implied ? { path: entry.path, kind: 'dir' } : entry);
  }
  return sent;
}

/**
 * The daemon's `removeDockerfile`: with the context's own `.dockerignore` patterns, the
 * `.dockerignore` file and the Dockerfile are removed from the context when excluded (so COPY
 * cannot copy them), everything under them included.
 */
export function removeIgnoredBuildFiles(listing: readonly ContextEntry[], excludes: readonly string[], dockerfile: string): ContextEntry[] {
  const removed = ['.dockerignore', dockerfile].filter((file) => {
    try {
      return matchesOrParentMatches(file, excludes);
    } catch (e) {
      if (e instanceof IgnorePatternError) return false;
      throw e;
    }
  });
  const gone = removed.map((f) => cleanPath(`/${f}`).slice(1));
  return listing.filter((e) => !gone.some((g) => isWithin(cleanPath(`/${e.path}`).slice(1), g)));
}
