/**
 * @module
 * `docker image prune` (docker CLI 28.2): its grammar, and the handler — the prompt unless `-f`,
 * then `Deleted Images:` (`untagged:` / `deleted:` lines) and `Total reclaimed space:`.
 */
import { noArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand, Invocation } from '../../invocation.js';
import { deletedImageLine, writeDeleted, writeReclaimed } from '../../format/prune-report.js';
import { confirm } from '../../prompt.js';

const DANGLING_WARNING = 'WARNING! This will remove all dangling images.\nAre you sure you want to continue?';
const ALL_WARNING = 'WARNING! This will remove all images without at least one container associated to them.\nAre you sure you want to continue?';

/** `docker image prune`: dangling images (`-a`: all unused), after the prompt unless `-f`. */
async function runPrune({ cli, flags }: Invocation): Promise<void> {
  const all = flags.bool('all');
  if (!flags.bool('force') && !(await confirm(cli, all ? ALL_WARNING : DANGLING_WARNING))) return;
  const filters = { ...flags.filters('filter'), dangling: [String(!all)] };
  const report = await cli.client.imagePrune({ filters });
  const deleted = report.ImagesDeleted ?? [];
  writeDeleted(cli.out, 'Deleted Images', deleted.map(deletedImageLine));
  writeReclaimed(cli.out, deleted.length > 0 ? report.SpaceReclaimed : 0);
}

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
  run: runPrune,
};
