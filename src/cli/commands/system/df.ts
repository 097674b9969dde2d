/**
 * @module
 * `docker system df` (docker CLI 28.2): its grammar, and the handler printing disk usage (TYPE
 * TOTAL ACTIVE SIZE RECLAIMABLE), `-v` in detail, or `--format`.
 */
import { noArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import { FORMAT_HELP } from '../format-help.js';
import type { DockerCommand, Invocation } from '../../invocation.js';
import { formatDiskUsage } from '../../format/disk-usage.js';

/** `docker system df`: the summary table (`-v`: every image, container, volume and cache record). */
async function runDf({ cli, flags }: Invocation): Promise<void> {
  const du = await cli.client.systemDataUsage();
  cli.out.write(formatDiskUsage(du, { format: flags.string('format'), verbose: flags.bool('verbose'), now: await cli.now() }));
}

/** `docker system df`: Show docker disk usage */
export const dfCommand: DockerCommand = {
  use: 'df [OPTIONS]',
  short: 'Show docker disk usage',
  args: noArgs,
  flags: [
    flag.string('format', '', FORMAT_HELP),
    flag.bool('verbose', 'v', 'Show detailed information on space usage'),
  ],
  run: runDf,
};
