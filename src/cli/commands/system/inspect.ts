/**
 * @module
 * The grammar of `docker inspect` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { minArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import { INSPECT_FORMAT_HELP } from '../format-help.js';
import type { DockerCommand } from '../../invocation.js';

/** `docker inspect`: Return low-level information on Docker objects */
export const inspectCommand: DockerCommand = {
  use: 'inspect [OPTIONS] NAME|ID [NAME|ID...]',
  short: 'Return low-level information on Docker objects',
  args: minArgs(1),
  flags: [
    flag.string('format', 'f', INSPECT_FORMAT_HELP),
    flag.bool('size', 's', 'Display total file sizes if the type is container'),
    flag.string('type', '', 'Only inspect objects of the given type'),
  ],
};
