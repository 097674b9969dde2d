/**
 * @module
 * COPY and ADD sources as the classic builder resolves them against the build context (moby
 * `daemon/builder/dockerfile/copy.go`): a leading `/` or `./` is dropped, paths that leave the
 * context are forbidden, globs use Go's `filepath.Match` on whole relative paths (so `*` never
 * crosses `/`), symlinks are followed but never out of the context, a directory source copies its
 * contents, and each source gets the checksum that keys the build cache.
 */
import {
  copyFromUrl,
  fileNotFoundInContext,
  fileNotFoundInImage,
  forbiddenPathOutsideContext,
  multipleSourcesNeedDirectory,
  noSourceFiles,
} from '../../core/messages/index.js';
import { BadPatternError, goMatch } from '../go/match.js';
import { cleanPath } from '../../core/go-path.js';
import type { ContextEntry } from './listing.js';
import { isWithin, normalizeListing } from './listing.js';
import { hashStringSlice } from './tarsum.js';

/** A context (or a stage's or image's filesystem) prepared for source lookups. */
export interface SourceIndex {
  /** The entries, in walk order. */
  readonly entries: readonly ContextEntry[];
  /** The entries by path. */
  readonly byPath: ReadonlyMap<string, ContextEntry>;
}

/** Indexes a listing (cleaned, parents implied, walk order). */
export function indexSources(listing: readonly ContextEntry[]): SourceIndex {
  const entries = normalizeListing(listing);
  return { entries, byPath: new Map(entries.map((e) => [e.path, e])) };
}

/** One resolved source of a COPY/ADD. */
export interface CopySource {
  /** The path as matched, relative to the root (`src`, `package.json`); names the copied file. */
  readonly path: string;
  /** Where it really is once symlinks are followed (`""` for the root). */
  readonly resolved: string;
  /** A file (symlinks followed), a directory (whose contents are copied), or an ADD URL. */
  readonly kind: 'file' | 'dir' | 'url';
  /** The cache checksum: `file:<sha>` or `dir:<sha>`; `""` for a URL until it is downloaded. */
  readonly hash: string;
}

/** The sources of one COPY/ADD, and the checksum that enters its cache key and history. */
export interface ResolvedSources {
  /** The sources, in the order they are copied. */
  readonly sources: readonly CopySource[];
  /** One source's hash, or `multi:<sha>` of all of them. */
  readonly hash: string;
}

/** Options of {@link resolveCopySources}. */
export interface ResolveOptions {
  /** `COPY` or `ADD`, for the messages. */
  readonly instruction: 'COPY' | 'ADD';
  /** `context` (default) or `image` for `COPY --from`, which words "not found" differently. */
  readonly origin?: 'context' | 'image';
}

const MAX_LINKS = 255;

/**
 * Follows symlinks inside the root (moby `FollowSymlinkInScope`): absolute targets start at the
 * root and `..` stops at it, so a link can never lead out of the context.
 */
export function resolveInScope(index: SourceIndex, path: string): string {
  const resolved: string[] = [];
  const pending = path.split('/').filter((p) => p !== '' && p !== '.');
  let links = 0;
  while (pending.length > 0) {
    const part = pending.shift()!;
    if (part === '..') {
      resolved.pop();
      continue;
    }
    const candidate = [...resolved, part].join('/');
    const entry = index.byPath.get(candidate);
    if (entry?.kind === 'symlink' && entry.target !== undefined) {
      if (++links > MAX_LINKS) return candidate;
      const target = entry.target.split('/').filter((p) => p !== '' && p !== '.');
      if (entry.target.startsWith('/')) resolved.length = 0;
      pending.unshift(...target);
      continue;
    }
    resolved.push(part);
  }
  return resolved.join('/');
}

/** The checksum moby's source `Hash` gives a path: the followed entry's sum, or the path itself. */
function hashOf(index: SourceIndex, path: string): string {
  return index.byPath.get(resolveInScope(index, path))?.sum ?? path;
}

/** True when the classic builder treats `path` as a glob (`*`, `?`, `[`, unescaped). */
export function containsWildcards(path: string): boolean {
  for (let i = 0; i < path.length; i++) {
    const ch = path[i];
    if (ch === '\\') i++;
    else if (ch === '*' || ch === '?' || ch === '[') return true;
  }
  return false;
}

/** True for the http(s) URLs ADD downloads. */
export function isUrl(source: string): boolean {
  return source.startsWith('http://') || source.startsWith('https://');
}

function infoFor(index: SourceIndex, path: string, options: ResolveOptions): CopySource {
  const instruction = options.instruction;
  // The lexical path must stay inside the root; symlinks cannot lead out of it.
  const lexical = cleanPath(`/r/${path}`);
  if (lexical !== '/r' && !lexical.startsWith('/r/')) throw forbiddenPathOutsideContext(instruction, path);
  const resolved = resolveInScope(index, lexical.slice(3));
  const entry = resolved === '' ? ({ path: '', kind: 'dir' } as const) : index.byPath.get(resolved);
  if (entry === undefined || entry.kind === 'symlink') {
    throw options.origin === 'image' ? fileNotFoundInImage(instruction, path) : fileNotFoundInContext(instruction, path);
  }
  if (entry.kind === 'file') return { path, resolved, kind: 'file', hash: `file:${hashOf(index, path)}` };
  // A directory hashes the sorted hashes of itself and everything in it (not following links).
  const hashes = index.entries.filter((e) => isWithin(e.path, resolved)).map((e) => hashOf(index, e.path));
  return { path, resolved, kind: 'dir', hash: hashStringSlice('dir', hashes.sort()) };
}

function withWildcards(index: SourceIndex, pattern: string, options: ResolveOptions): CopySource[] {
  const infos: CopySource[] = [];
  for (const entry of index.entries) {
    let match: boolean;
    try {
      match = goMatch(pattern, entry.path);
    } catch (e) {
      if (!(e instanceof BadPatternError)) throw e;
      match = false;
    }
    if (match) infos.push(infoFor(index, entry.path, options));
  }
  return infos;
}

/**
 * Resolves the sources of a COPY/ADD (already variable-expanded) against `index`. Throws
 * Docker's errors: `COPY failed: file not found in build context or excluded by .dockerignore: …`,
 * `COPY failed: forbidden path outside the build context: … ()`, `COPY failed: no source files
 * were specified`, and `When using COPY with more than one source file, the destination must be a
 * directory and end with a /`. ADD's URLs come back as `url` sources for the caller to download.
 */
export function resolveCopySources(index: SourceIndex, sources: readonly string[], dest: string, options: ResolveOptions): ResolvedSources {
  const infos: CopySource[] = [];
  for (const original of sources) {
    if (isUrl(original)) {
      if (options.instruction === 'COPY') throw copyFromUrl();
      infos.push({ path: original, resolved: '', kind: 'url', hash: '' });
      continue;
    }
    let path = original.startsWith('/') ? original.slice(1) : original;
    if (path.startsWith('./')) path = path.slice(2);
    if (containsWildcards(path)) infos.push(...withWildcards(index, path, options));
    else infos.push(infoFor(index, path, options));
  }
  if (infos.length === 0) throw noSourceFiles(options.instruction);
  if (infos.length > 1 && !dest.endsWith('/')) throw multipleSourcesNeedDirectory(options.instruction);
  return { sources: infos, hash: combinedSourceHash(infos.map((i) => i.hash)) };
}

/** moby `getSourceHashFromInfos`: one source's hash, or `multi:` over all (for ADD URLs, once known). */
export function combinedSourceHash(hashes: readonly string[]): string {
  return hashes.length === 1 ? hashes[0]! : hashStringSlice('multi', hashes);
}
