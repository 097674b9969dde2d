/**
 * @module
 * The grammar of `docker stack config`, `docker stack deploy`, `docker stack ls`, `docker stack ps`, `docker stack rm`, `docker stack services`, `docker stack` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { noArgs, minArgs, exactArgs } from '../grammar/args.js';
import { flag } from '../grammar/flag.js';
import { FORMAT_HELP } from './format-help.js';
import type { DockerCommand } from '../invocation.js';

/** `docker stack config`: Outputs the final config file, after doing merges and interpolations */
export const stackConfigCommand: DockerCommand = {
  use: 'config [OPTIONS]',
  short: 'Outputs the final config file, after doing merges and interpolations',
  args: noArgs,
  flags: [
    flag.strings('compose-file', 'c', 'Path to a Compose file, or "-" to read from stdin'),
    flag.bool('skip-interpolation', '', 'Skip interpolation and output only merged config'),
  ],
};

/** `docker stack deploy`: Deploy a new stack or update an existing stack */
export const stackDeployCommand: DockerCommand = {
  use: 'deploy [OPTIONS] STACK',
  short: 'Deploy a new stack or update an existing stack',
  aliases: ['up'],
  args: exactArgs(1),
  flags: [
    flag.strings('compose-file', 'c', 'Path to a Compose file, or "-" to read from stdin'),
    flag.bool('detach', 'd', 'Exit immediately instead of waiting for the stack services to converge', { def: 'true' }),
    flag.bool('prune', '', 'Prune services that are no longer referenced'),
    flag.bool('quiet', 'q', 'Suppress progress output'),
    flag.string('resolve-image', '', 'Query the registry to resolve image digest and supported platforms ("always", "changed", "never")', { def: 'always' }),
    flag.bool('with-registry-auth', '', 'Send registry authentication details to Swarm agents'),
  ],
};

/** `docker stack ls`: List stacks */
export const stackLsCommand: DockerCommand = {
  use: 'ls [OPTIONS]',
  short: 'List stacks',
  aliases: ['list'],
  args: noArgs,
  flags: [
    flag.string('format', '', FORMAT_HELP),
  ],
};

/** `docker stack ps`: List the tasks in the stack */
export const stackPsCommand: DockerCommand = {
  use: 'ps [OPTIONS] STACK',
  short: 'List the tasks in the stack',
  args: exactArgs(1),
  flags: [
    flag.filter('filter', 'f', 'Filter output based on conditions provided'),
    flag.string('format', '', FORMAT_HELP),
    flag.bool('no-resolve', '', 'Do not map IDs to Names'),
    flag.bool('no-trunc', '', 'Do not truncate output'),
    flag.bool('quiet', 'q', 'Only display task IDs'),
  ],
};

/** `docker stack rm`: Remove one or more stacks */
export const stackRmCommand: DockerCommand = {
  use: 'rm [OPTIONS] STACK [STACK...]',
  short: 'Remove one or more stacks',
  aliases: ['remove', 'down'],
  args: minArgs(1),
  flags: [
    flag.bool('detach', 'd', 'Do not wait for stack removal', { def: 'true' }),
  ],
};

/** `docker stack services`: List the services in the stack */
export const stackServicesCommand: DockerCommand = {
  use: 'services [OPTIONS] STACK',
  short: 'List the services in the stack',
  args: exactArgs(1),
  flags: [
    flag.filter('filter', 'f', 'Filter output based on conditions provided'),
    flag.string('format', '', FORMAT_HELP),
    flag.bool('quiet', 'q', 'Only display IDs'),
  ],
};

/** `docker stack`: Manage Swarm stacks */
export const stackCommand: DockerCommand = {
  use: 'stack [OPTIONS]',
  short: 'Manage Swarm stacks',
  args: noArgs,
  annotations: { swarm: 'manager' },
  subcommands: [stackConfigCommand, stackDeployCommand, stackLsCommand, stackPsCommand, stackRmCommand, stackServicesCommand],
};
