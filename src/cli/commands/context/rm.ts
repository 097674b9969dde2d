/**
 * @module
 * The grammar of `docker context rm` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { minArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand } from '../../invocation.js';

/** `docker context rm`: Remove one or more contexts */
export const rmCommand: DockerCommand = {
  use: 'rm CONTEXT [CONTEXT...]',
  short: 'Remove one or more contexts',
  aliases: ['remove'],
  args: minArgs(1),
  flags: [
    flag.bool('force', 'f', 'Force the removal of a context in use'),
  ],
};
