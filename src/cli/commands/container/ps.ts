/**
 * @module
 * The grammar of `docker ps` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { noArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import { FORMAT_HELP } from '../format-help.js';
import type { DockerCommand } from '../../invocation.js';

/** `docker ps`: List containers */
export const psCommand: DockerCommand = {
  use: 'ps [OPTIONS]',
  short: 'List containers',
  aliasesText: 'docker container ls, docker container list, docker container ps, docker ps',
  args: noArgs,
  annotations: { categoryTop: 3 },
  flags: [
    flag.bool('all', 'a', 'Show all containers (default shows just running)'),
    flag.filter('filter', 'f', 'Filter output based on conditions provided'),
    flag.string('format', '', FORMAT_HELP),
    flag.int('last', 'n', 'Show n last created containers (includes all states)', { def: '-1' }),
    flag.bool('latest', 'l', 'Show the latest created container (includes all states)'),
    flag.bool('no-trunc', '', 'Don\'t truncate output'),
    flag.bool('quiet', 'q', 'Only display container IDs'),
    flag.bool('size', 's', 'Display total file sizes'),
  ],
};
