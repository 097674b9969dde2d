/**
 * @module
 * `docker network inspect` (docker CLI 28.2): its grammar, and the handler printing each network's
 * inspect record with its endpoints (a JSON array, or `-f` templates).
 */
import { minArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import { INSPECT_FORMAT_HELP } from '../format-help.js';
import type { DockerCommand, Invocation } from '../../invocation.js';
import { inspectEach } from '../inspect-each.js';

/** `docker network inspect`: networks only. */
async function runInspect({ cli, args, flags }: Invocation): Promise<void> {
  await inspectEach(cli, args, flags.string('format'), (ref) => cli.client.networkInspect(ref));
}

/** `docker network inspect`: Display detailed information on one or more networks */
export const inspectCommand: DockerCommand = {
  use: 'inspect [OPTIONS] NETWORK [NETWORK...]',
  short: 'Display detailed information on one or more networks',
  args: minArgs(1),
  flags: [
    flag.string('format', 'f', INSPECT_FORMAT_HELP),
    flag.bool('verbose', 'v', 'Verbose output for diagnostics'),
  ],
  run: runInspect,
};
