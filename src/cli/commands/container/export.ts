/**
 * @module
 * The grammar of `docker container export` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { exactArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand } from '../../invocation.js';

/** `docker container export`: Export a container's filesystem as a tar archive */
export const exportCommand: DockerCommand = {
  use: 'export [OPTIONS] CONTAINER',
  short: 'Export a container\'s filesystem as a tar archive',
  aliasesText: 'docker container export, docker export',
  args: exactArgs(1),
  flags: [
    flag.string('output', 'o', 'Write to a file, instead of STDOUT'),
  ],
};
