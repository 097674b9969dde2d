/**
 * @module
 * `docker network ls` (docker CLI 28.2): its grammar, and the handler listing networks in natural
 * name order, with `--filter`, `-q`, `--no-trunc` and `--format`.
 */
import { noArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import { FORMAT_HELP } from '../format-help.js';
import type { DockerCommand, Invocation } from '../../invocation.js';
import { formatNetworks } from '../../format/network.js';

/** `docker network ls`: networks in natural name order (NETWORK ID NAME DRIVER SCOPE). */
async function runLs({ cli, flags }: Invocation): Promise<void> {
  const networks = await cli.client.networkList({ filters: flags.filters('filter') });
  cli.out.write(formatNetworks(networks, { format: flags.string('format'), quiet: flags.bool('quiet'), trunc: !flags.bool('no-trunc') }));
}

/** `docker network ls`: List networks */
export const lsCommand: DockerCommand = {
  use: 'ls [OPTIONS]',
  short: 'List networks',
  aliases: ['list'],
  args: noArgs,
  flags: [
    flag.filter('filter', 'f', 'Provide filter values (e.g. "driver=bridge")'),
    flag.string('format', '', FORMAT_HELP),
    flag.bool('no-trunc', '', 'Do not truncate the output'),
    flag.bool('quiet', 'q', 'Only display network IDs'),
  ],
  run: runLs,
};
