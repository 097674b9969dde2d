/**
 * @module
 * The grammar of `docker image history` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { exactArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import { FORMAT_HELP } from '../format-help.js';
import type { DockerCommand } from '../../invocation.js';

/** `docker image history`: Show the history of an image */
export const historyCommand: DockerCommand = {
  use: 'history [OPTIONS] IMAGE',
  short: 'Show the history of an image',
  aliasesText: 'docker image history, docker history',
  args: exactArgs(1),
  flags: [
    flag.string('format', '', FORMAT_HELP),
    flag.bool('human', 'H', 'Print sizes and dates in human readable format', { def: 'true' }),
    flag.bool('no-trunc', '', 'Don\'t truncate output'),
    flag.string('platform', '', 'Show history for the given platform. Formatted as "os[/arch[/variant]]" (e.g., "linux/amd64")'),
    flag.bool('quiet', 'q', 'Only show image IDs'),
  ],
};
