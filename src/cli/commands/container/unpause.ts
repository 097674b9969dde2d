/**
 * @module
 * `docker container unpause` / `docker unpause` (docker CLI 28.2): its grammar, and the handler
 * that thaws every container at once, printing each one as typed.
 */
import { minArgs } from '../../grammar/args.js';
import type { DockerCommand, Invocation } from '../../invocation.js';
import { forEachName } from '../each.js';

/** `docker unpause`: thaws every container at once. */
async function runUnpause({ cli, args }: Invocation): Promise<void> {
  await forEachName(cli, args, (name) => cli.client.containerUnpause(name));
}

/** `docker container unpause`: Unpause all processes within one or more containers */
export const unpauseCommand: DockerCommand = {
  use: 'unpause CONTAINER [CONTAINER...]',
  short: 'Unpause all processes within one or more containers',
  aliasesText: 'docker container unpause, docker unpause',
  args: minArgs(1),
  run: runUnpause,
};
