/**
 * @module
 * The grammar of `docker builder prune` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { noArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand } from '../../invocation.js';

/** `docker builder prune`: Remove build cache */
export const pruneCommand: DockerCommand = {
  use: 'prune',
  short: 'Remove build cache',
  args: noArgs,
  flags: [
    flag.bool('all', 'a', 'Remove all unused build cache, not just dangling ones'),
    flag.filter('filter', '', 'Provide filter values (e.g. "until=24h")'),
    flag.bool('force', 'f', 'Do not prompt for confirmation'),
    flag.bytes('keep-storage', '', 'Amount of disk space to keep for cache'),
  ],
};
