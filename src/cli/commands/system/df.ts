/**
 * @module
 * The grammar of `docker system df` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { noArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import { FORMAT_HELP } from '../format-help.js';
import type { DockerCommand } from '../../invocation.js';

/** `docker system df`: Show docker disk usage */
export const dfCommand: DockerCommand = {
  use: 'df [OPTIONS]',
  short: 'Show docker disk usage',
  args: noArgs,
  flags: [
    flag.string('format', '', FORMAT_HELP),
    flag.bool('verbose', 'v', 'Show detailed information on space usage'),
  ],
};
