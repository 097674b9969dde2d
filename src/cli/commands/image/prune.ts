/**
 * @module
 * The grammar of `docker image prune` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { noArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand } from '../../invocation.js';

/** `docker image prune`: Remove unused images */
export const pruneCommand: DockerCommand = {
  use: 'prune [OPTIONS]',
  short: 'Remove unused images',
  args: noArgs,
  flags: [
    flag.bool('all', 'a', 'Remove all unused images, not just dangling ones'),
    flag.filter('filter', '', 'Provide filter values (e.g. "until=<timestamp>")'),
    flag.bool('force', 'f', 'Do not prompt for confirmation'),
  ],
};
