/**
 * @module
 * `docker container prune` (docker CLI 28.2): its grammar, and the handler — the `[y/N]` prompt
 * unless `-f`, then `Deleted Containers:` and `Total reclaimed space:`.
 */
import { noArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand, Invocation } from '../../invocation.js';
import { writeDeleted, writeReclaimed } from '../../format/prune-report.js';
import { confirm } from '../../prompt.js';

const WARNING = 'WARNING! This will remove all stopped containers.\nAre you sure you want to continue?';

/** `docker container prune`: asks unless `-f`, then lists what went and the space reclaimed. */
async function runPrune({ cli, flags }: Invocation): Promise<void> {
  if (!flags.bool('force') && !(await confirm(cli, WARNING))) return;
  const report = await cli.client.containerPrune(flags.filters('filter'));
  const deleted = report.ContainersDeleted ?? [];
  writeDeleted(cli.out, 'Deleted Containers', deleted);
  writeReclaimed(cli.out, deleted.length > 0 ? report.SpaceReclaimed : 0);
}

/** `docker container prune`: Remove all stopped containers */
export const pruneCommand: DockerCommand = {
  use: 'prune [OPTIONS]',
  short: 'Remove all stopped containers',
  args: noArgs,
  flags: [
    flag.filter('filter', '', 'Provide filter values (e.g. "until=<timestamp>")'),
    flag.bool('force', 'f', 'Do not prompt for confirmation'),
  ],
  run: runPrune,
};
