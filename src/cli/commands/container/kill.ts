/**
 * @module
 * `docker container kill` / `docker kill` (docker CLI 28.2): its grammar, and the handler that
 * signals every container at once (SIGKILL unless `-s`), printing each one as typed.
 */
import { minArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand, Invocation } from '../../invocation.js';
import { forEachName } from '../each.js';

/** `docker kill`: signals every container at once (SIGKILL unless `-s`). */
async function runKill({ cli, args, flags }: Invocation): Promise<void> {
  const signal = flags.string('signal');
  await forEachName(cli, args, (name) => cli.client.containerKill(name, signal === '' ? undefined : signal));
}

/** `docker container kill`: Kill one or more running containers */
export const killCommand: DockerCommand = {
  use: 'kill [OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Kill one or more running containers',
  aliasesText: 'docker container kill, docker kill',
  args: minArgs(1),
  flags: [
    flag.string('signal', 's', 'Signal to send to the container'),
  ],
  run: runKill,
};
