/**
 * @module
 * `docker container ls` / `docker ps` (docker CLI 28.2): its grammar, and the handler listing
 * containers (`-a`, `-n`, `-l`, `-s`, `--filter`, `-q`, `--no-trunc`, `--format`) in docker's
 * table, with CREATED relative to the client's clock.
 */
import { noArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import { FORMAT_HELP } from '../format-help.js';
import type { DockerCommand, Invocation } from '../../invocation.js';
import { formatContainers, formatUsesSize } from '../../format/container.js';

/** `docker ps`: the list as the table, `-q` ids or a `--format` template (sizes fetched when it reads `.Size`). */
async function runPs({ cli, flags }: Invocation): Promise<void> {
  const format = flags.string('format');
  const quiet = flags.bool('quiet');
  if (format !== '' && quiet) cli.err.write('WARNING: Ignoring custom format, because both --format and --quiet are set.\n');
  let size = flags.bool('size');
  const last = flags.number('last');
  const limit = flags.bool('latest') && last === -1 ? 1 : last;
  if (format !== '') {
    const usesSize = formatUsesSize(format);
    if (!quiet && !size && !flags.changed('size') && usesSize) size = true;
  }
  const containers = await cli.client.containerList({ all: flags.bool('all'), ...(limit > 0 ? { limit } : {}), size, filters: flags.filters('filter') });
  cli.out.write(formatContainers(containers, { format, quiet, size, trunc: !flags.bool('no-trunc'), now: await cli.now() }));
}

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
  run: runPs,
};
