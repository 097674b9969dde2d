/**
 * @module
 * The grammar of `docker image load` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { noArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand } from '../../invocation.js';

/** `docker image load`: Load an image from a tar archive or STDIN */
export const loadCommand: DockerCommand = {
  use: 'load [OPTIONS]',
  short: 'Load an image from a tar archive or STDIN',
  aliasesText: 'docker image load, docker load',
  args: noArgs,
  flags: [
    flag.string('input', 'i', 'Read from tar archive file, instead of STDIN'),
    flag.string('platform', '', 'Load only the given platform variant. Formatted as "os[/arch[/variant]]" (e.g., "linux/amd64")'),
    flag.bool('quiet', 'q', 'Suppress the load output'),
  ],
};
