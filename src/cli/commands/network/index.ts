/**
 * @module
 * The grammar of `docker network` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { noArgs } from '../../grammar/args.js';
import type { DockerCommand } from '../../invocation.js';
import { connectCommand } from './connect.js';
import { createCommand } from './create.js';
import { disconnectCommand } from './disconnect.js';
import { inspectCommand } from './inspect.js';
import { lsCommand } from './ls.js';
import { pruneCommand } from './prune.js';
import { rmCommand } from './rm.js';

/** `docker network`: Manage networks */
export const networkCommand: DockerCommand = {
  use: 'network',
  short: 'Manage networks',
  args: noArgs,
  subcommands: [connectCommand, createCommand, disconnectCommand, inspectCommand, lsCommand, pruneCommand, rmCommand],
};
