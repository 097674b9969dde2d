/**
 * @module
 * The grammar of `docker system events` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { noArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import { INSPECT_FORMAT_HELP } from '../format-help.js';
import type { DockerCommand } from '../../invocation.js';

/** `docker system events`: Get real time events from the server */
export const eventsCommand: DockerCommand = {
  use: 'events [OPTIONS]',
  short: 'Get real time events from the server',
  aliasesText: 'docker system events, docker events',
  args: noArgs,
  flags: [
    flag.filter('filter', 'f', 'Filter output based on conditions provided'),
    flag.string('format', '', INSPECT_FORMAT_HELP),
    flag.string('since', '', 'Show all events created since timestamp'),
    flag.string('until', '', 'Stream events until this timestamp'),
  ],
};
