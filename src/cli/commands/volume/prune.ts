/**
 * @module
 * `docker volume prune` (docker CLI 28.2): its grammar, and the handler — the prompt unless `-f`,
 * then `Deleted Volumes:` and `Total reclaimed space:`.
 */
import { noArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand, Invocation } from '../../invocation.js';
import { writeDeleted, writeReclaimed } from '../../format/prune-report.js';
import { confirm } from '../../prompt.js';

const UNUSED_WARNING = 'WARNING! This will remove anonymous local volumes not used by at least one container.\nAre you sure you want to continue?';
const ALL_WARNING = 'WARNING! This will remove all local volumes not used by at least one container.\nAre you sure you want to continue?';

/** `docker volume prune`: anonymous volumes (`-a`: all unused), after the prompt unless `-f`. */
async function runPrune({ cli, flags }: Invocation): Promise<void> {
  const filters = { ...flags.filters('filter') };
  const all = flags.bool('all');
  if (all) {
    if (filters['all']) throw new Error('conflicting options: cannot specify both --all and --filter all=1');
    filters['all'] = ['true'];
  }
  if (!flags.bool('force') && !(await confirm(cli, all ? ALL_WARNING : UNUSED_WARNING))) return;
  const report = await cli.client.volumePrune({ filters });
  const deleted = report.VolumesDeleted ?? [];
  writeDeleted(cli.out, 'Deleted Volumes', deleted);
  writeReclaimed(cli.out, deleted.length > 0 ? report.SpaceReclaimed : 0);
}

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
  run: runPrune,
};
