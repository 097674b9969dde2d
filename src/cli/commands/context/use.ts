/**
 * @module
 * The grammar of `docker context use` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { cobraExactArgs } from '../../grammar/args.js';
import type { DockerCommand } from '../../invocation.js';

/** `docker context use`: Set the current docker context */
export const useCommand: DockerCommand = {
  use: 'use CONTEXT',
  short: 'Set the current docker context',
  args: cobraExactArgs(1),
};
