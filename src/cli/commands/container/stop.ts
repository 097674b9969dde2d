/**
 * @module
 * The grammar of `docker container stop` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { minArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand } from '../../invocation.js';

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
};
