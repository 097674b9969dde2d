/**
 * @module
 * The grammar of `docker container stats` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { minArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import { FORMAT_HELP } from '../format-help.js';
import type { DockerCommand } from '../../invocation.js';

/** `docker container stats`: Display a live stream of container(s) resource usage statistics */
export const statsCommand: DockerCommand = {
  use: 'stats [OPTIONS] [CONTAINER...]',
  short: 'Display a live stream of container(s) resource usage statistics',
  aliasesText: 'docker container stats, docker stats',
  args: minArgs(0),
  flags: [
    flag.bool('all', 'a', 'Show all containers (default shows just running)'),
    flag.string('format', '', FORMAT_HELP),
    flag.bool('no-stream', '', 'Disable streaming stats and only pull the first result'),
    flag.bool('no-trunc', '', 'Do not truncate output'),
  ],
};
