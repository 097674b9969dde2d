/**
 * @module
 * `docker builder prune` (docker CLI 28.2): its grammar, and the handler — the prompt unless
 * `-f`, the build cache records removed, and `Total reclaimed space:`. The classic builder's
 * cache is made of images, so there is rarely anything here; `docker image prune` removes those.
 */
import { noArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand, Invocation } from '../../invocation.js';
import { writeDeleted, writeReclaimed } from '../../format/prune-report.js';
import { confirm } from '../../prompt.js';

const DANGLING_WARNING = 'WARNING! This will remove all dangling build cache. Are you sure you want to continue?';
const ALL_WARNING = 'WARNING! This will remove all build cache. Are you sure you want to continue?';

/** `docker builder prune`: the prompt unless `-f`, then the cache records removed and the total. */
async function runPrune({ cli, flags }: Invocation): Promise<void> {
  const all = flags.bool('all');
  if (!flags.bool('force') && !(await confirm(cli, all ? ALL_WARNING : DANGLING_WARNING))) return;
  const report = await cli.client.buildPrune({ all });
  const deleted = report.CachesDeleted ?? [];
  writeDeleted(cli.out, 'Deleted build cache objects', deleted);
  writeReclaimed(cli.out, report.SpaceReclaimed);
}

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
  run: runPrune,
};
