/**
 * @module
 * The grammar of `docker context ls` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { noArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import { FORMAT_HELP } from '../format-help.js';
import type { DockerCommand } from '../../invocation.js';

/** `docker context ls`: List contexts */
export const lsCommand: DockerCommand = {
  use: 'ls [OPTIONS]',
  short: 'List contexts',
  aliases: ['list'],
  args: noArgs,
  flags: [
    flag.string('format', '', FORMAT_HELP),
    flag.bool('quiet', 'q', 'Only show context names'),
  ],
};
