/**
 * @module
 * The grammar of `docker builder` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { noArgs } from '../../grammar/args.js';
import type { DockerCommand } from '../../invocation.js';
import { pruneCommand } from './prune.js';
import { buildCommand } from '../image/build.js';

/** `docker builder`: Manage builds */
export const builderCommand: DockerCommand = {
  use: 'builder',
  short: 'Manage builds',
  args: noArgs,
  subcommands: [buildCommand, pruneCommand],
};
