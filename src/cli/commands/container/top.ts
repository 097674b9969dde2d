/**
 * @module
 * The grammar of `docker container top` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { minArgs } from '../../grammar/args.js';
import type { DockerCommand } from '../../invocation.js';

/** `docker container top`: Display the running processes of a container */
export const topCommand: DockerCommand = {
  use: 'top CONTAINER [ps OPTIONS]',
  short: 'Display the running processes of a container',
  aliasesText: 'docker container top, docker top',
  args: minArgs(1),
  interspersed: false,
};
