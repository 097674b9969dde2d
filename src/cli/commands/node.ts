/**
 * @module
 * The grammar of `docker node demote`, `docker node inspect`, `docker node ls`, `docker node promote`, `docker node ps`, `docker node rm`, `docker node update`, `docker node` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { noArgs, minArgs, exactArgs } from '../grammar/args.js';
import { flag } from '../grammar/flag.js';
import { FORMAT_HELP, INSPECT_FORMAT_HELP } from './format-help.js';
import type { DockerCommand } from '../invocation.js';

/** `docker node demote`: Demote one or more nodes from manager in the swarm */
export const nodeDemoteCommand: DockerCommand = {
  use: 'demote NODE [NODE...]',
  short: 'Demote one or more nodes from manager in the swarm',
  args: minArgs(1),
};

/** `docker node inspect`: Display detailed information on one or more nodes */
export const nodeInspectCommand: DockerCommand = {
  use: 'inspect [OPTIONS] self|NODE [NODE...]',
  short: 'Display detailed information on one or more nodes',
  args: minArgs(1),
  flags: [
    flag.string('format', 'f', INSPECT_FORMAT_HELP),
    flag.bool('pretty', '', 'Print the information in a human friendly format'),
  ],
};

/** `docker node ls`: List nodes in the swarm */
export const nodeLsCommand: DockerCommand = {
  use: 'ls [OPTIONS]',
  short: 'List nodes in the swarm',
  aliases: ['list'],
  args: noArgs,
  flags: [
    flag.filter('filter', 'f', 'Filter output based on conditions provided'),
    flag.string('format', '', FORMAT_HELP),
    flag.bool('quiet', 'q', 'Only display IDs'),
  ],
};

/** `docker node promote`: Promote one or more nodes to manager in the swarm */
export const nodePromoteCommand: DockerCommand = {
  use: 'promote NODE [NODE...]',
  short: 'Promote one or more nodes to manager in the swarm',
  args: minArgs(1),
};

/** `docker node ps`: List tasks running on one or more nodes, defaults to current node */
export const nodePsCommand: DockerCommand = {
  use: 'ps [OPTIONS] [NODE...]',
  short: 'List tasks running on one or more nodes, defaults to current node',
  args: minArgs(0),
  flags: [
    flag.filter('filter', 'f', 'Filter output based on conditions provided'),
    flag.string('format', '', 'Pretty-print tasks using a Go template'),
    flag.bool('no-resolve', '', 'Do not map IDs to Names'),
    flag.bool('no-trunc', '', 'Do not truncate output'),
    flag.bool('quiet', 'q', 'Only display task IDs'),
  ],
};

/** `docker node rm`: Remove one or more nodes from the swarm */
export const nodeRmCommand: DockerCommand = {
  use: 'rm [OPTIONS] NODE [NODE...]',
  short: 'Remove one or more nodes from the swarm',
  aliases: ['remove'],
  args: minArgs(1),
  flags: [
    flag.bool('force', 'f', 'Force remove a node from the swarm'),
  ],
};

/** `docker node update`: Update a node */
export const nodeUpdateCommand: DockerCommand = {
  use: 'update [OPTIONS] NODE',
  short: 'Update a node',
  args: exactArgs(1),
  flags: [
    flag.string('availability', '', 'Availability of the node ("active", "pause", "drain")'),
    flag.list('label-add', '', 'Add or update a node label ("key=value")'),
    flag.list('label-rm', '', 'Remove a node label if exists'),
    flag.string('role', '', 'Role of the node ("worker", "manager")'),
  ],
};

/** `docker node`: Manage Swarm nodes */
export const nodeCommand: DockerCommand = {
  use: 'node',
  short: 'Manage Swarm nodes',
  args: noArgs,
  annotations: { swarm: 'manager' },
  subcommands: [nodeDemoteCommand, nodeInspectCommand, nodeLsCommand, nodePromoteCommand, nodePsCommand, nodeRmCommand, nodeUpdateCommand],
};
