/**
 * @module
 * The grammar of `docker container unpause` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { minArgs } from '../../grammar/args.js';
import type { DockerCommand } from '../../invocation.js';

/** `docker container unpause`: Unpause all processes within one or more containers */
export const unpauseCommand: DockerCommand = {
  use: 'unpause CONTAINER [CONTAINER...]',
  short: 'Unpause all processes within one or more containers',
  aliasesText: 'docker container unpause, docker unpause',
  args: minArgs(1),
};
