/**
 * @module
 * The grammar of `docker network ls` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { noArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import { FORMAT_HELP } from '../format-help.js';
import type { DockerCommand } from '../../invocation.js';

/** `docker network ls`: List networks */
export const lsCommand: DockerCommand = {
  use: 'ls [OPTIONS]',
  short: 'List networks',
  aliases: ['list'],
  args: noArgs,
  flags: [
    flag.filter('filter', 'f', 'Provide filter values (e.g. "driver=bridge")'),
    flag.string('format', '', FORMAT_HELP),
    flag.bool('no-trunc', '', 'Do not truncate the output'),
    flag.bool('quiet', 'q', 'Only display network IDs'),
  ],
};
