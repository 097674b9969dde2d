/**
 * Worlds with an image's userland and the built-in programs, and a one-call way to run a shell
 * command line in them the way `docker run IMAGE sh -c '…'` would.
 */
import { createProgramRegistry } from '../../src/programs/catalog.js';
import type { ProcessInput } from '../../src/programs/types.js';
import { alpineFiles, debianFiles } from './images.js';
import { processWorld, type Files, type RunResult } from './process-world.js';

/** Which userland. */
export type Userland = 'alpine' | 'debian';

/** A world with `userland`'s files plus `extra`. */
export function shellWorld(userland: Userland, extra: Files = {}, seed = 1) {
  return processWorld({ files: userland === 'alpine' ? alpineFiles(extra) : debianFiles(extra), programs: createProgramRegistry(), seed });
}

/** Runs `script` with `shell -c` in a fresh world of `userland`. */
export async function runScript(userland: Userland, script: string, options: { shell?: string; files?: Files; stdin?: string | ProcessInput; env?: { [name: string]: string }; cwd?: string; seed?: number } = {}): Promise<RunResult> {
  const w = shellWorld(userland, options.files ?? {}, options.seed ?? 1);
  return w.run([options.shell ?? 'sh', '-c', script], { ...(options.stdin !== undefined ? { stdin: options.stdin } : {}), ...(options.env ? { env: options.env } : {}), cwd: options.cwd ?? '/' });
}
