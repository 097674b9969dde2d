/**
 * @module
 * The grammar of `docker volume` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { noArgs } from '../../grammar/args.js';
import type { DockerCommand } from '../../invocation.js';
import { createCommand } from './create.js';
import { inspectCommand } from './inspect.js';
import { lsCommand } from './ls.js';
import { pruneCommand } from './prune.js';
import { rmCommand } from './rm.js';
import { updateCommand } from './update.js';

/** `docker volume`: Manage volumes */
export const volumeCommand: DockerCommand = {
  use: 'volume COMMAND',
  short: 'Manage volumes',
  args: noArgs,
  subcommands: [createCommand, inspectCommand, lsCommand, pruneCommand, rmCommand, updateCommand],
};
