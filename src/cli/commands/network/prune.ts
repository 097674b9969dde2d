/**
 * @module
 * The grammar of `docker network prune` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { noArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand } from '../../invocation.js';

/** `docker network prune`: Remove all unused networks */
export const pruneCommand: DockerCommand = {
  use: 'prune [OPTIONS]',
  short: 'Remove all unused networks',
  args: noArgs,
  flags: [
    flag.filter('filter', '', 'Provide filter values (e.g. "until=<timestamp>")'),
    flag.bool('force', 'f', 'Do not prompt for confirmation'),
  ],
};
