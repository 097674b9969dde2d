/**
 * @module
 * `docker container stop` / `docker stop` (docker CLI 28.2): its grammar, and the handler that
 * stops every container at once (`-s`, `-t`), printing each one as typed and collecting errors.
 */
import { minArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand, Invocation } from '../../invocation.js';
import { forEachName, notModifiedIsSuccess } from '../each.js';
import { stopOptions } from './stop-options.js';

/** `docker stop`: stops every container at once, printing each one stopped (already stopped counts). */
async function runStop({ cli, args, flags }: Invocation): Promise<void> {
  const options = stopOptions(flags);
  await forEachName(cli, args, (name) => notModifiedIsSuccess(cli.client.containerStop(name, options)));
}

/** `docker container stop`: Stop one or more running containers */
export const stopCommand: DockerCommand = {
  use: 'stop [OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Stop one or more running containers',
  aliasesText: 'docker container stop, docker stop',
  args: minArgs(1),
  flags: [
    flag.string('signal', 's', 'Signal to send to the container'),
    flag.int('timeout', 't', 'Seconds to wait before killing the container'),
    flag.int('time', '', 'Seconds to wait before killing the container (deprecated: use --timeout)', { deprecated: 'use --timeout instead', alias: 'timeout' }),
  ],
  run: runStop,
};
