/**
 * @module
 * The grammar of `docker volume prune` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { noArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand } from '../../invocation.js';

/** `docker volume prune`: Remove unused local volumes */
export const pruneCommand: DockerCommand = {
  use: 'prune [OPTIONS]',
  short: 'Remove unused local volumes',
  args: noArgs,
  flags: [
    flag.bool('all', 'a', 'Remove all unused volumes, not just anonymous ones'),
    flag.filter('filter', '', 'Provide filter values (e.g. "label=<label>")'),
    flag.bool('force', 'f', 'Do not prompt for confirmation'),
  ],
};
