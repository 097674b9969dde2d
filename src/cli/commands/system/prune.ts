/**
 * @module
 * The grammar of `docker system prune` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { noArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand } from '../../invocation.js';

/** `docker system prune`: Remove unused data */
export const pruneCommand: DockerCommand = {
  use: 'prune [OPTIONS]',
  short: 'Remove unused data',
  args: noArgs,
  flags: [
    flag.bool('all', 'a', 'Remove all unused images not just dangling ones'),
    flag.filter('filter', '', 'Provide filter values (e.g. "label=<key>=<value>")'),
    flag.bool('force', 'f', 'Do not prompt for confirmation'),
    flag.bool('volumes', '', 'Prune anonymous volumes'),
  ],
};
