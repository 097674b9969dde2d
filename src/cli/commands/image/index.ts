/**
 * @module
 * The grammar of `docker image` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { noArgs } from '../../grammar/args.js';
import type { DockerCommand } from '../../invocation.js';
import { buildCommand } from './build.js';
import { historyCommand } from './history.js';
import { importCommand } from './import.js';
import { inspectCommand } from './inspect.js';
import { loadCommand } from './load.js';
import { imageLsCommand } from './ls.js';
import { pruneCommand } from './prune.js';
import { pullCommand } from './pull.js';
import { pushCommand } from './push.js';
import { imageRmCommand } from './rm.js';
import { saveCommand } from './save.js';
import { tagCommand } from './tag.js';

/** `docker image`: Manage images */
export const imageCommand: DockerCommand = {
  use: 'image',
  short: 'Manage images',
  args: noArgs,
  subcommands: [buildCommand, historyCommand, importCommand, inspectCommand, loadCommand, imageLsCommand, pruneCommand, pullCommand, pushCommand, imageRmCommand, saveCommand, tagCommand],
};
