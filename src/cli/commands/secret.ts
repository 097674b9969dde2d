/**
 * @module
 * The grammar of `docker secret create`, `docker secret inspect`, `docker secret ls`, `docker secret rm`, `docker secret` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { noArgs, minArgs, rangeArgs } from '../grammar/args.js';
import { flag } from '../grammar/flag.js';
import { FORMAT_HELP, INSPECT_FORMAT_HELP } from './format-help.js';
import type { DockerCommand } from '../invocation.js';

/** `docker secret create`: Create a secret from a file or STDIN as content */
export const secretCreateCommand: DockerCommand = {
  use: 'create [OPTIONS] SECRET [file|-]',
  short: 'Create a secret from a file or STDIN as content',
  args: rangeArgs(1, 2),
  flags: [
    flag.string('driver', 'd', 'Secret driver'),
    flag.list('label', 'l', 'Secret labels'),
    flag.string('template-driver', '', 'Template driver'),
  ],
};

/** `docker secret inspect`: Display detailed information on one or more secrets */
export const secretInspectCommand: DockerCommand = {
  use: 'inspect [OPTIONS] SECRET [SECRET...]',
  short: 'Display detailed information on one or more secrets',
  args: minArgs(1),
  flags: [
    flag.string('format', 'f', INSPECT_FORMAT_HELP),
    flag.bool('pretty', '', 'Print the information in a human friendly format'),
  ],
};

/** `docker secret ls`: List secrets */
export const secretLsCommand: DockerCommand = {
  use: 'ls [OPTIONS]',
  short: 'List secrets',
  aliases: ['list'],
  args: noArgs,
  flags: [
    flag.filter('filter', 'f', 'Filter output based on conditions provided'),
    flag.string('format', '', FORMAT_HELP),
    flag.bool('quiet', 'q', 'Only display IDs'),
  ],
};

/** `docker secret rm`: Remove one or more secrets */
export const secretRmCommand: DockerCommand = {
  use: 'rm SECRET [SECRET...]',
  short: 'Remove one or more secrets',
  aliases: ['remove'],
  args: minArgs(1),
};

/** `docker secret`: Manage Swarm secrets */
export const secretCommand: DockerCommand = {
  use: 'secret',
  short: 'Manage Swarm secrets',
  args: noArgs,
  annotations: { swarm: 'manager' },
  subcommands: [secretCreateCommand, secretInspectCommand, secretLsCommand, secretRmCommand],
};
