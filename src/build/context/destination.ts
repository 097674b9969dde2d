/**
 * @module
 * Where COPY/ADD put things (moby `copy.go`, `copy_unix.go`): a relative destination is taken
 * from the current WORKDIR and keeps its trailing slash; a file lands at the destination itself,
 * or inside it when the destination ends with `/` or already is a directory; a directory source
 * copies its contents (not the directory) into the destination; symlinks inside a copied directory
 * stay symlinks. See https://docs.docker.com/reference/dockerfile/#copy.
 */
import { basePath, isAbsPath, joinPath } from '../../core/go-path.js';
import { isWithin } from './listing.js';
import type { CopySource, SourceIndex } from './sources.js';

/** moby `normalizeDest`: the absolute destination, trailing slash preserved. */
export function normalizeCopyDest(workingDir: string, requested: string): string {
  if (isAbsPath(requested)) return requested;
  const dest = joinPath('/', workingDir, requested);
  return requested.endsWith('/') ? `${dest}/` : dest;
}

/** One thing a COPY writes into the image. */
export interface CopyPlacement {
  /** The source entry (`""` for the context root), symlinks already followed for file sources. */
  readonly from: string;
  /** The absolute path written in the image. */
  readonly to: string;
  /** What is written there. */
  readonly kind: 'file' | 'dir' | 'symlink';
}

/**
 * What copying `source` to `dest` (already normalized) writes. `destIsDir` says whether `dest`
 * already exists as a directory in the image being built.
 */
export function copyPlacements(index: SourceIndex, source: CopySource, dest: string, destIsDir: boolean): CopyPlacement[] {
  const destPath = joinPath('/', dest);
  if (source.kind === 'url') return [];
  if (source.kind === 'file') {
    const into = destIsDir || dest.endsWith('/');
    return [{ from: source.resolved, to: into ? joinPath(destPath, basePath(source.path)) : destPath, kind: 'file' }];
  }
  const out: CopyPlacement[] = [{ from: source.resolved, to: destPath, kind: 'dir' }];
  const prefix = source.resolved === '' ? '' : `${source.resolved}/`;
  for (const entry of index.entries) {
    if (entry.path === source.resolved || !isWithin(entry.path, source.resolved)) continue;
    out.push({ from: entry.path, to: joinPath(destPath, entry.path.slice(prefix.length)), kind: entry.kind });
  }
  return out;
}
