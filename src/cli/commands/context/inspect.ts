/**
 * @module
 * The grammar of `docker context inspect` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { flag } from '../../grammar/flag.js';
import { INSPECT_FORMAT_HELP } from '../format-help.js';
import type { DockerCommand } from '../../invocation.js';

/** `docker context inspect`: Display detailed information on one or more contexts */
export const inspectCommand: DockerCommand = {
  use: 'inspect [OPTIONS] [CONTEXT] [CONTEXT...]',
  short: 'Display detailed information on one or more contexts',
  flags: [
    flag.string('format', 'f', INSPECT_FORMAT_HELP),
  ],
};
