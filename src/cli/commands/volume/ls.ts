/**
 * @module
 * `docker volume ls` (docker CLI 28.2): its grammar, and the handler listing volumes in natural
 * name order, with `--filter`, `-q` and `--format`.
 */
import { noArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import { FORMAT_HELP } from '../format-help.js';
import type { DockerCommand, Invocation } from '../../invocation.js';
import { formatVolumes } from '../../format/volume.js';

/** `docker volume ls`: volumes in natural name order (DRIVER VOLUME NAME). */
async function runLs({ cli, flags }: Invocation): Promise<void> {
  if (flags.bool('cluster')) throw new Error('docker volume ls --cluster is not simulated by dockersim');
  const { Volumes } = await cli.client.volumeList({ filters: flags.filters('filter') });
  cli.out.write(formatVolumes(Volumes ?? [], { format: flags.string('format'), quiet: flags.bool('quiet') }));
}

/** `docker volume ls`: List volumes */
export const lsCommand: DockerCommand = {
  use: 'ls [OPTIONS]',
  short: 'List volumes',
  aliases: ['list'],
  args: noArgs,
  flags: [
    flag.bool('cluster', '', 'Display only cluster volumes, and use cluster volume list formatting', { annotations: { swarm: 'manager' } }),
    flag.filter('filter', 'f', 'Provide filter values (e.g. "dangling=true")'),
    flag.string('format', '', FORMAT_HELP),
    flag.bool('quiet', 'q', 'Only display volume names'),
  ],
  run: runLs,
};
