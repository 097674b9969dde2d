/**
 * @module
 * `docker container rename` / `docker rename` (docker CLI 28.2): its grammar, and the handler; a
 * daemon error is printed, then `Error: failed to rename container named …` (exit 1).
 */
import { exactArgs } from '../../grammar/args.js';
import type { DockerCommand, Invocation } from '../../invocation.js';
import { errorText } from '../../errors.js';

/** `docker rename`: the daemon's error goes to stderr, then docker's own summary. */
async function runRename({ cli, args }: Invocation): Promise<void> {
  const oldName = args[0]!.trim();
  const newName = args[1]!.trim();
  if (oldName === '' || newName === '') throw new Error('Error: Neither old nor new names may be empty');
  try {
    await cli.client.containerRename(oldName, newName);
  } catch (error) {
    cli.err.write(`${errorText(error)}\n`);
    throw new Error(`Error: failed to rename container named ${oldName}`);
  }
}

/** `docker container rename`: Rename a container */
export const renameCommand: DockerCommand = {
  use: 'rename CONTAINER NEW_NAME',
  short: 'Rename a container',
  aliasesText: 'docker container rename, docker rename',
  args: exactArgs(2),
  run: runRename,
};
