/**
 * @module
 * `docker network prune` (docker CLI 28.2): its grammar, and the handler — the prompt unless
 * `-f`, then the names of the networks removed under `Deleted Networks:`.
 */
import { noArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand, Invocation } from '../../invocation.js';
import { writeDeleted } from '../../format/prune-report.js';
import { confirm } from '../../prompt.js';

const WARNING = 'WARNING! This will remove all custom networks not used by at least one container.\nAre you sure you want to continue?';

/** `docker network prune`: the prompt unless `-f`, then `Deleted Networks:`. */
async function runPrune({ cli, flags }: Invocation): Promise<void> {
  if (!flags.bool('force') && !(await confirm(cli, WARNING))) return;
  const report = await cli.client.networkPrune({ filters: flags.filters('filter') });
  const deleted = report.NetworksDeleted ?? [];
  writeDeleted(cli.out, 'Deleted Networks', deleted);
}

/** `docker network prune`: Remove all unused networks */
export const pruneCommand: DockerCommand = {
  use: 'prune [OPTIONS]',
  short: 'Remove all unused networks',
  args: noArgs,
  flags: [
    flag.filter('filter', '', 'Provide filter values (e.g. "until=<timestamp>")'),
    flag.bool('force', 'f', 'Do not prompt for confirmation'),
  ],
  run: runPrune,
};
