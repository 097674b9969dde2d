/**
 * @module
 * The grammar of `docker container inspect` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { minArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import { INSPECT_FORMAT_HELP } from '../format-help.js';
import type { DockerCommand } from '../../invocation.js';

/** `docker container inspect`: Display detailed information on one or more containers */
export const inspectCommand: DockerCommand = {
  use: 'inspect [OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Display detailed information on one or more containers',
  args: minArgs(1),
  flags: [
    flag.string('format', 'f', INSPECT_FORMAT_HELP),
    flag.bool('size', 's', 'Display total file sizes'),
  ],
};
