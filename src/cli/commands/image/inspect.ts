/**
 * @module
 * `docker image inspect` (docker CLI 28.2): its grammar, and the handler printing each image's
 * inspect record (a JSON array, or `-f` templates). Images are single-platform, so `--platform`
 * has nothing to choose between.
 */
import { minArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import { INSPECT_FORMAT_HELP } from '../format-help.js';
import type { DockerCommand, Invocation } from '../../invocation.js';
import { inspectEach } from '../inspect-each.js';

/** `docker image inspect`: images only. */
async function runInspect({ cli, args, flags }: Invocation): Promise<void> {
  await inspectEach(cli, args, flags.string('format'), (ref) => cli.client.imageInspect(ref));
}

/** `docker image inspect`: Display detailed information on one or more images */
export const inspectCommand: DockerCommand = {
  use: 'inspect [OPTIONS] IMAGE [IMAGE...]',
  short: 'Display detailed information on one or more images',
  args: minArgs(1),
  flags: [
    flag.string('format', 'f', INSPECT_FORMAT_HELP),
    flag.string('platform', '', 'Inspect a specific platform of the multi-platform image.\nIf the image or the server is not multi-platform capable, the command will error out if the platform does not match.\n\'os[/arch[/variant]]\': Explicit platform (eg. linux/amd64)'),
  ],
  run: runInspect,
};
