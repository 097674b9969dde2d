/**
 * @module
 * `docker system prune` (docker CLI 28.2): its grammar, and the handler — docker's multi-line
 * prompt unless `-f`, then every prune (`-a` for all unused images, `--volumes`, `--filter`).
 */
import { noArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand, Invocation } from '../../invocation.js';
import type { FilterArgs } from '../../grammar/flag.js';
import { byNaturalName } from '../../format/natural-sort.js';
import { deletedImageLine, writeDeleted, writeReclaimed } from '../../format/prune-report.js';
import { confirm } from '../../prompt.js';

/** The prompt, as docker's confirmation template renders it. */
function warning(all: boolean, volumes: boolean, filters: FilterArgs): string {
  const items = ['all stopped containers', 'all networks not used by at least one container'];
  if (volumes) items.push('all anonymous volumes not used by at least one container');
  items.push(all ? 'all images without at least one container associated to them' : 'all dangling images');
  items.push(all ? 'all build cache' : 'unused build cache');
  const shown: string[] = [];
  for (const name of ['label', 'label!', 'until']) for (const v of filters[name] ?? []) shown.push(`${name}=${v}`);
  shown.sort(byNaturalName((s: string) => s));
  const filtered = shown.length > 0 ? `\n  Items to be pruned will be filtered with:${shown.map((f) => `\n  - ${f}`).join('')}\n` : '';
  return `WARNING! This will remove:${items.map((w) => `\n  - ${w}`).join('')}\n${filtered}\nAre you sure you want to continue?`;
}

/**
 * `docker system prune`: after the prompt (unless `-f`), the container, network, (volume),
 * image and build cache prunes in docker's order, each section as its own command prints it, then the total.
 * The build cache step comes last, as in docker.
 */
async function runPrune({ cli, flags }: Invocation): Promise<void> {
  const all = flags.bool('all');
  const volumes = flags.bool('volumes');
  const filters = flags.filters('filter');
  if (volumes && filters['until']) throw new Error('ERROR: The "until" filter is not supported with "--volumes"');
  if (!flags.bool('force') && !(await confirm(cli, warning(all, volumes, filters)))) return;
  let reclaimed = 0;
  const section = (title: string, lines: readonly string[]) => writeDeleted(cli.out, title, lines);
  const containers = await cli.client.containerPrune(filters);
  section('Deleted Containers', containers.ContainersDeleted ?? []);
  if ((containers.ContainersDeleted ?? []).length > 0) reclaimed += containers.SpaceReclaimed;
  const networks = await cli.client.networkPrune({ filters });
  section('Deleted Networks', networks.NetworksDeleted ?? []);
  if (volumes) {
    const report = await cli.client.volumePrune({ filters });
    section('Deleted Volumes', report.VolumesDeleted ?? []);
    if ((report.VolumesDeleted ?? []).length > 0) reclaimed += report.SpaceReclaimed;
  }
  const images = await cli.client.imagePrune({ filters: { ...filters, dangling: [String(!all)] } });
  const deleted = images.ImagesDeleted ?? [];
  section('Deleted Images', deleted.map(deletedImageLine));
  if (deleted.length > 0) reclaimed += images.SpaceReclaimed;
  const cache = await cli.client.buildPrune({ all });
  section('Deleted build cache objects', cache.CachesDeleted ?? []);
  reclaimed += cache.SpaceReclaimed;
  writeReclaimed(cli.out, reclaimed);
}

/** `docker system prune`: Remove unused data */
export const pruneCommand: DockerCommand = {
  use: 'prune [OPTIONS]',
  short: 'Remove unused data',
  args: noArgs,
  flags: [
    flag.bool('all', 'a', 'Remove all unused images not just dangling ones'),
    flag.filter('filter', '', 'Provide filter values (e.g. "label=<key>=<value>")'),
    flag.bool('force', 'f', 'Do not prompt for confirmation'),
    flag.bool('volumes', '', 'Prune anonymous volumes'),
  ],
  run: runPrune,
};
