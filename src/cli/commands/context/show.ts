/**
 * @module
 * The grammar of `docker context show` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { noArgs } from '../../grammar/args.js';
import type { DockerCommand } from '../../invocation.js';

/** `docker context show`: Print the name of the current context */
export const showCommand: DockerCommand = {
  use: 'show',
  short: 'Print the name of the current context',
  args: noArgs,
};
