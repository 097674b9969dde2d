/**
 * @module
 * The grammar of `docker context` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { noArgs } from '../../grammar/args.js';
import type { DockerCommand } from '../../invocation.js';
import { createCommand } from './create.js';
import { exportCommand } from './export.js';
import { importCommand } from './import.js';
import { inspectCommand } from './inspect.js';
import { lsCommand } from './ls.js';
import { rmCommand } from './rm.js';
import { showCommand } from './show.js';
import { updateCommand } from './update.js';
import { useCommand } from './use.js';

/** `docker context`: Manage contexts */
export const contextCommand: DockerCommand = {
  use: 'context',
  short: 'Manage contexts',
  args: noArgs,
  subcommands: [createCommand, exportCommand, importCommand, inspectCommand, lsCommand, rmCommand, showCommand, updateCommand, useCommand],
};
