/**
 * Finds the shared reference material (../shared/reference next to the main checkout, or further
 * up from a worktree), or the folder named by DOCKERSIM_REFERENCE.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The path of a reference file, or throws saying where it was looked for. */
export function referenceFile(name: string): string {
  const env = process.env['DOCKERSIM_REFERENCE'];
  if (env) return join(env, name);
  let dir = resolve(import.meta.dirname, '..', '..');
  for (let i = 0; i < 4; i++) {
    const candidate = join(dir, 'shared', 'reference', name);
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new Error(`reference file ${name} not found in any ../shared/reference; set DOCKERSIM_REFERENCE`);
}
