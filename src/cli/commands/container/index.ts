/**
 * @module
 * The grammar of `docker container` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { noArgs } from '../../grammar/args.js';
import type { DockerCommand } from '../../invocation.js';
import { attachCommand } from './attach.js';
import { commitCommand } from './commit.js';
import { cpCommand } from './cp.js';
import { createCommand } from './create.js';
import { diffCommand } from './diff.js';
import { execCommand } from './exec.js';
import { exportCommand } from './export.js';
import { inspectCommand } from './inspect.js';
import { killCommand } from './kill.js';
import { logsCommand } from './logs.js';
import { containerLsCommand } from './ls.js';
import { pauseCommand } from './pause.js';
import { portCommand } from './port.js';
import { pruneCommand } from './prune.js';
import { renameCommand } from './rename.js';
import { restartCommand } from './restart.js';
import { rmCommand } from './rm.js';
import { runCommand } from './run.js';
import { startCommand } from './start.js';
import { statsCommand } from './stats.js';
import { stopCommand } from './stop.js';
import { topCommand } from './top.js';
import { unpauseCommand } from './unpause.js';
import { updateCommand } from './update.js';
import { waitCommand } from './wait.js';

/** `docker container`: Manage containers */
export const containerCommand: DockerCommand = {
  use: 'container',
  short: 'Manage containers',
  args: noArgs,
  subcommands: [attachCommand, commitCommand, cpCommand, createCommand, diffCommand, execCommand, exportCommand, inspectCommand, killCommand, logsCommand, containerLsCommand, pauseCommand, portCommand, pruneCommand, renameCommand, restartCommand, rmCommand, runCommand, startCommand, statsCommand, stopCommand, topCommand, unpauseCommand, updateCommand, waitCommand],
};
