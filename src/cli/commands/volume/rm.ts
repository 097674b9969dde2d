/**
 * @module
 * The grammar of `docker volume rm` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { minArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand } from '../../invocation.js';

/** `docker volume rm`: Remove one or more volumes */
export const rmCommand: DockerCommand = {
  use: 'rm [OPTIONS] VOLUME [VOLUME...]',
  short: 'Remove one or more volumes',
  long: 'Remove one or more volumes. You cannot remove a volume that is in use by a container.',
  aliases: ['remove'],
  args: minArgs(1),
  flags: [
    flag.bool('force', 'f', 'Force the removal of one or more volumes'),
  ],
};
