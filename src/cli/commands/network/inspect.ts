/**
 * @module
 * The grammar of `docker network inspect` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { minArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import { INSPECT_FORMAT_HELP } from '../format-help.js';
import type { DockerCommand } from '../../invocation.js';

/** `docker network inspect`: Display detailed information on one or more networks */
export const inspectCommand: DockerCommand = {
  use: 'inspect [OPTIONS] NETWORK [NETWORK...]',
  short: 'Display detailed information on one or more networks',
  args: minArgs(1),
  flags: [
    flag.string('format', 'f', INSPECT_FORMAT_HELP),
    flag.bool('verbose', 'v', 'Verbose output for diagnostics'),
  ],
};
