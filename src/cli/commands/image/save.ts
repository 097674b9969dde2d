/**
 * @module
 * The grammar of `docker image save` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { minArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand } from '../../invocation.js';

/** `docker image save`: Save one or more images to a tar archive (streamed to STDOUT by default) */
export const saveCommand: DockerCommand = {
  use: 'save [OPTIONS] IMAGE [IMAGE...]',
  short: 'Save one or more images to a tar archive (streamed to STDOUT by default)',
  aliasesText: 'docker image save, docker save',
  args: minArgs(1),
  flags: [
    flag.string('output', 'o', 'Write to a file, instead of STDOUT'),
    flag.string('platform', '', 'Save only the given platform variant. Formatted as "os[/arch[/variant]]" (e.g., "linux/amd64")'),
  ],
};
