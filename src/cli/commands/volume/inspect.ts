/**
 * @module
 * The grammar of `docker volume inspect` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { minArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import { INSPECT_FORMAT_HELP } from '../format-help.js';
import type { DockerCommand } from '../../invocation.js';

/** `docker volume inspect`: Display detailed information on one or more volumes */
export const inspectCommand: DockerCommand = {
  use: 'inspect [OPTIONS] VOLUME [VOLUME...]',
  short: 'Display detailed information on one or more volumes',
  args: minArgs(1),
  flags: [
    flag.string('format', 'f', INSPECT_FORMAT_HELP),
  ],
};
