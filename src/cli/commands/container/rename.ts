/**
 * @module
 * The grammar of `docker container rename` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { exactArgs } from '../../grammar/args.js';
import type { DockerCommand } from '../../invocation.js';

/** `docker container rename`: Rename a container */
export const renameCommand: DockerCommand = {
  use: 'rename CONTAINER NEW_NAME',
  short: 'Rename a container',
  aliasesText: 'docker container rename, docker rename',
  args: exactArgs(2),
};
