/**
 * @module
 * The grammar of `docker config create`, `docker config inspect`, `docker config ls`, `docker config rm`, `docker config` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { noArgs, minArgs, exactArgs } from '../grammar/args.js';
import { flag } from '../grammar/flag.js';
import { FORMAT_HELP, INSPECT_FORMAT_HELP } from './format-help.js';
import type { DockerCommand } from '../invocation.js';

/** `docker config create`: Create a config from a file or STDIN */
export const configCreateCommand: DockerCommand = {
  use: 'create [OPTIONS] CONFIG file|-',
  short: 'Create a config from a file or STDIN',
  args: exactArgs(2),
  flags: [
    flag.list('label', 'l', 'Config labels'),
    flag.string('template-driver', '', 'Template driver'),
  ],
};

/** `docker config inspect`: Display detailed information on one or more configs */
export const configInspectCommand: DockerCommand = {
  use: 'inspect [OPTIONS] CONFIG [CONFIG...]',
  short: 'Display detailed information on one or more configs',
  args: minArgs(1),
  flags: [
    flag.string('format', 'f', INSPECT_FORMAT_HELP),
    flag.bool('pretty', '', 'Print the information in a human friendly format'),
  ],
};

/** `docker config ls`: List configs */
export const configLsCommand: DockerCommand = {
  use: 'ls [OPTIONS]',
  short: 'List configs',
  aliases: ['list'],
  args: noArgs,
  flags: [
    flag.filter('filter', 'f', 'Filter output based on conditions provided'),
    flag.string('format', '', FORMAT_HELP),
    flag.bool('quiet', 'q', 'Only display IDs'),
  ],
};

/** `docker config rm`: Remove one or more configs */
export const configRmCommand: DockerCommand = {
  use: 'rm CONFIG [CONFIG...]',
  short: 'Remove one or more configs',
  aliases: ['remove'],
  args: minArgs(1),
};

/** `docker config`: Manage Swarm configs */
export const configCommand: DockerCommand = {
  use: 'config',
  short: 'Manage Swarm configs',
  args: noArgs,
  annotations: { swarm: 'manager' },
  subcommands: [configCreateCommand, configInspectCommand, configLsCommand, configRmCommand],
};
