/**
 * @module
 * The grammar of `docker rmi` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { minArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand } from '../../invocation.js';

/** `docker rmi`: Remove one or more images */
export const rmiCommand: DockerCommand = {
  use: 'rmi [OPTIONS] IMAGE [IMAGE...]',
  short: 'Remove one or more images',
  aliasesText: 'docker image rm, docker image remove, docker rmi',
  args: minArgs(1),
  flags: [
    flag.bool('force', 'f', 'Force removal of the image'),
    flag.bool('no-prune', '', 'Do not delete untagged parents'),
    flag.strings('platform', '', 'Remove only the given platform variant. Formatted as "os[/arch[/variant]]" (e.g., "linux/amd64")'),
  ],
};
