/**
 * @module
 * The start of a `dockersim` host's filesystem: a copy of the real working directory at the same
 * path (so `docker build .` builds the project you are in, its `.dockerignore` applied by the
 * build as usual). The copy is capped — at most {@link COPY_LIMITS} files and bytes, `.git` and
 * `node_modules` left out, symlinks kept as links, files of other kinds skipped — and says what
 * it left behind.
 */
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { ProcessFs } from '../programs/types.js';

/** How much of the working directory is copied. */
export const COPY_LIMITS = { files: 5000, bytes: 64 * 1024 * 1024 } as const;

/** Directories never copied (version control and dependency trees). */
export const SKIPPED_DIRECTORIES: readonly string[] = ['.git', 'node_modules'];

/** What a copy did. */
export interface CopyReport {
  readonly files: number;
  readonly bytes: number;
  /** Paths left out for the limits (files), relative to the directory. */
  readonly truncated: boolean;
  readonly skipped: readonly string[];
}

/** Copies the real directory `dir` into `fs` at the same path. */
export function copyDirectory(dir: string, fs: ProcessFs): CopyReport {
  let files = 0;
  let bytes = 0;
  let truncated = false;
  const skipped: string[] = [];
  fs.mkdir(dir, { recursive: true });
  const walk = (real: string, rel: string): void => {
    let names: string[];
    try {
      names = readdirSync(real).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const path = join(real, name);
      const relPath = rel === '' ? name : `${rel}/${name}`;
      let stat;
      try {
        stat = lstatSync(path);
      } catch {
        continue;
      }
      if (stat.isDirectory()) {
        if (SKIPPED_DIRECTORIES.includes(name)) {
          skipped.push(`${relPath}/`);
          continue;
        }
        if (!fs.exists(path)) fs.mkdir(path, { recursive: true, mode: stat.mode & 0o7777 });
        walk(path, relPath);
      } else if (stat.isSymbolicLink()) {
        if (!fs.exists(path)) fs.symlink(readlinkSync(path), path);
      } else if (stat.isFile()) {
        if (files >= COPY_LIMITS.files || bytes + stat.size > COPY_LIMITS.bytes) {
          truncated = true;
          continue;
        }
        fs.writeFile(path, readFileSync(path), { mode: stat.mode & 0o7777 });
        fs.utimes(path, Math.floor(stat.mtimeMs));
        files++;
        bytes += stat.size;
      }
    }
  };
  walk(dir, '');
  return { files, bytes, truncated, skipped };
}
