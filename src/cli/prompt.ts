/**
 * @module
 * docker/cli's `prompt.Confirm`: the question and ` [y/N] ` on stdout, one line read from stdin,
 * yes only for `y` / `Y` (blanks trimmed). The prune commands ask it unless `-f`; a "no" ends
 * the command silently with status 0, as docker treats a cancelled operation.
 */
import type { DockerCli } from './invocation.js';

/** Asks `message` and reads the answer; true only for `y`. */
export async function confirm(cli: DockerCli, message: string): Promise<boolean> {
  cli.out.write(`${message || 'Are you sure you want to proceed?'} [y/N] `);
  const answer = await cli.in.readLine();
  return (answer ?? '').trim().toLowerCase() === 'y';
}
