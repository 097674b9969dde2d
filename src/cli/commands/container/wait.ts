/**
 * @module
 * The grammar of `docker container wait` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { minArgs } from '../../grammar/args.js';
import type { DockerCommand } from '../../invocation.js';

/** `docker container wait`: Block until one or more containers stop, then print their exit codes */
export const waitCommand: DockerCommand = {
  use: 'wait CONTAINER [CONTAINER...]',
  short: 'Block until one or more containers stop, then print their exit codes',
  aliasesText: 'docker container wait, docker wait',
  args: minArgs(1),
};
