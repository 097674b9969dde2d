/**
 * @module
 * `docker volume inspect` (docker CLI 28.2): its grammar, and the handler printing each volume's
 * inspect record (a JSON array, or `-f` templates).
 */
import { minArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import { INSPECT_FORMAT_HELP } from '../format-help.js';
import type { DockerCommand, Invocation } from '../../invocation.js';
import { inspectEach } from '../inspect-each.js';

/** `docker volume inspect`: volumes only. */
async function runInspect({ cli, args, flags }: Invocation): Promise<void> {
  await inspectEach(cli, args, flags.string('format'), (ref) => cli.client.volumeInspect(ref));
}

/** `docker volume inspect`: Display detailed information on one or more volumes */
export const inspectCommand: DockerCommand = {
  use: 'inspect [OPTIONS] VOLUME [VOLUME...]',
  short: 'Display detailed information on one or more volumes',
  args: minArgs(1),
  flags: [
    flag.string('format', 'f', INSPECT_FORMAT_HELP),
  ],
  run: runInspect,
};
