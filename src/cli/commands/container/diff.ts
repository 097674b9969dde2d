/**
 * @module
 * The grammar of `docker container diff` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { exactArgs } from '../../grammar/args.js';
import type { DockerCommand } from '../../invocation.js';

/** `docker container diff`: Inspect changes to files or directories on a container's filesystem */
export const diffCommand: DockerCommand = {
  use: 'diff CONTAINER',
  short: 'Inspect changes to files or directories on a container\'s filesystem',
  aliasesText: 'docker container diff, docker diff',
  args: exactArgs(1),
};
