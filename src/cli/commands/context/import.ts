/**
 * @module
 * The grammar of `docker context import` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { exactArgs } from '../../grammar/args.js';
import type { DockerCommand } from '../../invocation.js';

/** `docker context import`: Import a context from a tar or zip file */
export const importCommand: DockerCommand = {
  use: 'import CONTEXT FILE|-',
  short: 'Import a context from a tar or zip file',
  args: exactArgs(2),
};
