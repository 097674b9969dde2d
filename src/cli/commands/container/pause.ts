/**
 * @module
 * `docker container pause` / `docker pause` (docker CLI 28.2): its grammar, and the handler that
 * freezes every container at once, printing each one as typed.
 */
import { minArgs } from '../../grammar/args.js';
import type { DockerCommand, Invocation } from '../../invocation.js';
import { forEachName } from '../each.js';

/** `docker pause`: freezes every container at once. */
async function runPause({ cli, args }: Invocation): Promise<void> {
  await forEachName(cli, args, (name) => cli.client.containerPause(name));
}

/** `docker container pause`: Pause all processes within one or more containers */
export const pauseCommand: DockerCommand = {
  use: 'pause CONTAINER [CONTAINER...]',
  short: 'Pause all processes within one or more containers',
  aliasesText: 'docker container pause, docker pause',
  args: minArgs(1),
  run: runPause,
};
