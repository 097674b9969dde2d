/**
 * @module
 * The grammar of `docker network rm` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { minArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand } from '../../invocation.js';

/** `docker network rm`: Remove one or more networks */
export const rmCommand: DockerCommand = {
  use: 'rm NETWORK [NETWORK...]',
  short: 'Remove one or more networks',
  aliases: ['remove'],
  args: minArgs(1),
  flags: [
    flag.bool('force', 'f', 'Do not error if the network does not exist'),
  ],
};
