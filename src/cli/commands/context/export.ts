/**
 * @module
 * The grammar of `docker context export` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { rangeArgs } from '../../grammar/args.js';
import type { DockerCommand } from '../../invocation.js';

/** `docker context export`: Export a context to a tar archive FILE or a tar stream on STDOUT. */
export const exportCommand: DockerCommand = {
  use: 'export [OPTIONS] CONTEXT [FILE|-]',
  short: 'Export a context to a tar archive FILE or a tar stream on STDOUT.',
  args: rangeArgs(1, 2),
};
