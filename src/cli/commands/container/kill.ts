/**
 * @module
 * The grammar of `docker container kill` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { minArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand } from '../../invocation.js';

/** `docker container kill`: Kill one or more running containers */
export const killCommand: DockerCommand = {
  use: 'kill [OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Kill one or more running containers',
  aliasesText: 'docker container kill, docker kill',
  args: minArgs(1),
  flags: [
    flag.string('signal', 's', 'Signal to send to the container'),
  ],
};
