/**
 * @module
 * The grammar of `docker service inspect`, `docker service logs`, `docker service ls`, `docker service ps`, `docker service rm`, `docker service rollback`, `docker service scale`, `docker service` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { noArgs, minArgs, exactArgs } from '../grammar/args.js';
import { flag } from '../grammar/flag.js';
import { FORMAT_HELP, INSPECT_FORMAT_HELP } from './format-help.js';
import type { DockerCommand } from '../invocation.js';
import { serviceCreateCommand } from './service-create.js';
import { serviceUpdateCommand } from './service-update.js';

/** `docker service inspect`: Display detailed information on one or more services */
export const serviceInspectCommand: DockerCommand = {
  use: 'inspect [OPTIONS] SERVICE [SERVICE...]',
  short: 'Display detailed information on one or more services',
  args: minArgs(1),
  flags: [
    flag.string('format', 'f', INSPECT_FORMAT_HELP),
    flag.bool('pretty', '', 'Print the information in a human friendly format'),
  ],
};

/** `docker service logs`: Fetch the logs of a service or task */
export const serviceLogsCommand: DockerCommand = {
  use: 'logs [OPTIONS] SERVICE|TASK',
  short: 'Fetch the logs of a service or task',
  args: exactArgs(1),
  flags: [
    flag.bool('details', '', 'Show extra details provided to logs'),
    flag.bool('follow', 'f', 'Follow log output'),
    flag.bool('no-resolve', '', 'Do not map IDs to Names in output'),
    flag.bool('no-task-ids', '', 'Do not include task IDs in output'),
    flag.bool('no-trunc', '', 'Do not truncate output'),
    flag.bool('raw', '', 'Do not neatly format logs'),
    flag.string('since', '', 'Show logs since timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)'),
    flag.string('tail', 'n', 'Number of lines to show from the end of the logs', { def: 'all' }),
    flag.bool('timestamps', 't', 'Show timestamps'),
  ],
};

/** `docker service ls`: List services */
export const serviceLsCommand: DockerCommand = {
  use: 'ls [OPTIONS]',
  short: 'List services',
  aliases: ['list'],
  args: noArgs,
  flags: [
    flag.filter('filter', 'f', 'Filter output based on conditions provided'),
    flag.string('format', '', FORMAT_HELP),
    flag.bool('quiet', 'q', 'Only display IDs'),
  ],
};

/** `docker service ps`: List the tasks of one or more services */
export const servicePsCommand: DockerCommand = {
  use: 'ps [OPTIONS] SERVICE [SERVICE...]',
  short: 'List the tasks of one or more services',
  args: minArgs(1),
  flags: [
    flag.filter('filter', 'f', 'Filter output based on conditions provided'),
    flag.string('format', '', 'Pretty-print tasks using a Go template'),
    flag.bool('no-resolve', '', 'Do not map IDs to Names'),
    flag.bool('no-trunc', '', 'Do not truncate output'),
    flag.bool('quiet', 'q', 'Only display task IDs'),
  ],
};

/** `docker service rm`: Remove one or more services */
export const serviceRmCommand: DockerCommand = {
  use: 'rm SERVICE [SERVICE...]',
  short: 'Remove one or more services',
  aliases: ['remove'],
  args: minArgs(1),
};

/** `docker service rollback`: Revert changes to a service's configuration */
export const serviceRollbackCommand: DockerCommand = {
  use: 'rollback [OPTIONS] SERVICE',
  short: 'Revert changes to a service\'s configuration',
  args: exactArgs(1),
  flags: [
    flag.bool('detach', 'd', 'Exit immediately instead of waiting for the service to converge'),
    flag.bool('quiet', 'q', 'Suppress progress output'),
  ],
};

/** `docker service scale`: Scale one or multiple replicated services */
export const serviceScaleCommand: DockerCommand = {
  use: 'scale SERVICE=REPLICAS [SERVICE=REPLICAS...]',
  short: 'Scale one or multiple replicated services',
  args: minArgs(1),
  flags: [
    flag.bool('detach', 'd', 'Exit immediately instead of waiting for the service to converge'),
  ],
};

/** `docker service`: Manage Swarm services */
export const serviceCommand: DockerCommand = {
  use: 'service',
  short: 'Manage Swarm services',
  args: noArgs,
  annotations: { swarm: 'manager' },
  subcommands: [serviceCreateCommand, serviceInspectCommand, serviceLogsCommand, serviceLsCommand, servicePsCommand, serviceRmCommand, serviceRollbackCommand, serviceScaleCommand, serviceUpdateCommand],
};
