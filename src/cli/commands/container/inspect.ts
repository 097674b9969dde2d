/**
 * @module
 * `docker container inspect` (docker CLI 28.2): its grammar, and the handler printing each
 * container's inspect record (a JSON array, or `-f` templates; `-s` with sizes).
 */
import { minArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import { INSPECT_FORMAT_HELP } from '../format-help.js';
import type { DockerCommand, Invocation } from '../../invocation.js';
import { inspectEach } from '../inspect-each.js';

/** `docker container inspect`: containers only (`-s` adds their sizes). */
async function runInspect({ cli, args, flags }: Invocation): Promise<void> {
  const size = flags.bool('size');
  await inspectEach(cli, args, flags.string('format'), (ref) => cli.client.containerInspect(ref, { size }));
}

/** `docker container inspect`: Display detailed information on one or more containers */
export const inspectCommand: DockerCommand = {
  use: 'inspect [OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Display detailed information on one or more containers',
  args: minArgs(1),
  flags: [
    flag.string('format', 'f', INSPECT_FORMAT_HELP),
    flag.bool('size', 's', 'Display total file sizes'),
  ],
  run: runInspect,
};
