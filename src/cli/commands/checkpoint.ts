/**
 * @module
 * The grammar of `docker checkpoint create`, `docker checkpoint ls`, `docker checkpoint rm`, `docker checkpoint` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { noArgs, exactArgs } from '../grammar/args.js';
import { flag } from '../grammar/flag.js';
import type { DockerCommand } from '../invocation.js';

/** `docker checkpoint create`: Create a checkpoint from a running container */
export const checkpointCreateCommand: DockerCommand = {
  use: 'create [OPTIONS] CONTAINER CHECKPOINT',
  short: 'Create a checkpoint from a running container',
  args: exactArgs(2),
  flags: [
    flag.string('checkpoint-dir', '', 'Use a custom checkpoint storage directory'),
    flag.bool('leave-running', '', 'Leave the container running after checkpoint'),
  ],
};

/** `docker checkpoint ls`: List checkpoints for a container */
export const checkpointLsCommand: DockerCommand = {
  use: 'ls [OPTIONS] CONTAINER',
  short: 'List checkpoints for a container',
  aliases: ['list'],
  args: exactArgs(1),
  flags: [
    flag.string('checkpoint-dir', '', 'Use a custom checkpoint storage directory'),
  ],
};

/** `docker checkpoint rm`: Remove a checkpoint */
export const checkpointRmCommand: DockerCommand = {
  use: 'rm [OPTIONS] CONTAINER CHECKPOINT',
  short: 'Remove a checkpoint',
  aliases: ['remove'],
  args: exactArgs(2),
  flags: [
    flag.string('checkpoint-dir', '', 'Use a custom checkpoint storage directory'),
  ],
};

/** `docker checkpoint`: Manage checkpoints */
export const checkpointCommand: DockerCommand = {
  use: 'checkpoint',
  short: 'Manage checkpoints',
  args: noArgs,
  annotations: { experimental: true, ostype: 'linux' },
  subcommands: [checkpointCreateCommand, checkpointLsCommand, checkpointRmCommand],
};
