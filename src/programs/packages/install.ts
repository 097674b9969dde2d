/**
 * @module
 * Putting a package's files in place, shared by apk and apt-get: each executable it ships, as an
 * executable naming its program (`#!dockersim curl`), with its parent directories.
 */
import { PROGRAM_MARKER, type ProcessFs } from '../types.js';
import type { PackageInfo } from './index-data.js';

/** Writes the executables of `info`. */
export function installFiles(fs: ProcessFs, name: string, info: PackageInfo): void {
  for (const [path, program] of Object.entries(info.programs ?? {})) {
    fs.mkdir(path.slice(0, path.lastIndexOf('/')) || '/', { recursive: true });
    fs.writeFile(path, `${PROGRAM_MARKER}${program}\n# ${name} ${info.version}\n`, { mode: 0o755 });
  }
}

/** Removes the executables of `info`. */
export function removeFiles(fs: ProcessFs, info: PackageInfo): void {
  for (const path of Object.keys(info.programs ?? {})) fs.rm(path, { force: true });
}
