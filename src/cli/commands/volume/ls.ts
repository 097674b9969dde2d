/**
 * @module
 * The grammar of `docker volume ls` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { noArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import { FORMAT_HELP } from '../format-help.js';
import type { DockerCommand } from '../../invocation.js';

/** `docker volume ls`: List volumes */
export const lsCommand: DockerCommand = {
  use: 'ls [OPTIONS]',
  short: 'List volumes',
  aliases: ['list'],
  args: noArgs,
  flags: [
    flag.bool('cluster', '', 'Display only cluster volumes, and use cluster volume list formatting', { annotations: { swarm: 'manager' } }),
    flag.filter('filter', 'f', 'Provide filter values (e.g. "dangling=true")'),
    flag.string('format', '', FORMAT_HELP),
    flag.bool('quiet', 'q', 'Only display volume names'),
  ],
};
