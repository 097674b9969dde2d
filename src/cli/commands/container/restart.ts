/**
 * @module
 * The grammar of `docker container restart` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { minArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand } from '../../invocation.js';

/** `docker container restart`: Restart one or more containers */
export const restartCommand: DockerCommand = {
  use: 'restart [OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Restart one or more containers',
  aliasesText: 'docker container restart, docker restart',
  args: minArgs(1),
  flags: [
    flag.string('signal', 's', 'Signal to send to the container'),
    flag.int('timeout', 't', 'Seconds to wait before killing the container'),
    flag.int('time', '', 'Seconds to wait before killing the container (deprecated: use --timeout)', { deprecated: 'use --timeout instead', alias: 'timeout' }),
  ],
};
