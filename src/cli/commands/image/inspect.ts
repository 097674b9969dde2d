/**
 * @module
 * The grammar of `docker image inspect` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { minArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import { INSPECT_FORMAT_HELP } from '../format-help.js';
import type { DockerCommand } from '../../invocation.js';

/** `docker image inspect`: Display detailed information on one or more images */
export const inspectCommand: DockerCommand = {
  use: 'inspect [OPTIONS] IMAGE [IMAGE...]',
  short: 'Display detailed information on one or more images',
  args: minArgs(1),
  flags: [
    flag.string('format', 'f', INSPECT_FORMAT_HELP),
    flag.string('platform', '', 'Inspect a specific platform of the multi-platform image.\nIf the image or the server is not multi-platform capable, the command will error out if the platform does not match.\n\'os[/arch[/variant]]\': Explicit platform (eg. linux/amd64)'),
  ],
};
