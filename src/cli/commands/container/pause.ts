/**
 * @module
 * The grammar of `docker container pause` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { minArgs } from '../../grammar/args.js';
import type { DockerCommand } from '../../invocation.js';

/** `docker container pause`: Pause all processes within one or more containers */
export const pauseCommand: DockerCommand = {
  use: 'pause CONTAINER [CONTAINER...]',
  short: 'Pause all processes within one or more containers',
  aliasesText: 'docker container pause, docker pause',
  args: minArgs(1),
};
