/**
 * @module
 * The grammar of `docker container logs` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { exactArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand } from '../../invocation.js';

/** `docker container logs`: Fetch the logs of a container */
export const logsCommand: DockerCommand = {
  use: 'logs [OPTIONS] CONTAINER',
  short: 'Fetch the logs of a container',
  aliasesText: 'docker container logs, docker logs',
  args: exactArgs(1),
  flags: [
    flag.bool('details', '', 'Show extra details provided to logs'),
    flag.bool('follow', 'f', 'Follow log output'),
    flag.string('since', '', 'Show logs since timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)'),
    flag.string('tail', 'n', 'Number of lines to show from the end of the logs', { def: 'all' }),
    flag.bool('timestamps', 't', 'Show timestamps'),
    flag.string('until', '', 'Show logs before a timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)'),
  ],
};
