/**
 * @module
 * The grammar of `docker system` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { noArgs } from '../../grammar/args.js';
import type { DockerCommand } from '../../invocation.js';
import { dfCommand } from './df.js';
import { eventsCommand } from './events.js';
import { infoCommand } from './info.js';
import { pruneCommand } from './prune.js';

/** `docker system`: Manage Docker */
export const systemCommand: DockerCommand = {
  use: 'system',
  short: 'Manage Docker',
  args: noArgs,
  subcommands: [dfCommand, eventsCommand, infoCommand, pruneCommand],
};
