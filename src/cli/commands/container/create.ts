/**
 * @module
 * The grammar of `docker container create` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { minArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand } from '../../invocation.js';
import { resourceFlags } from './resource-flags.js';
import { createFlags } from './create-flags.js';

/** `docker container create`: Create a new container */
export const createCommand: DockerCommand = {
  use: 'create [OPTIONS] IMAGE [COMMAND] [ARG...]',
  short: 'Create a new container',
  aliasesText: 'docker container create, docker create',
  args: minArgs(1),
  interspersed: false,
  flags: [
    ...resourceFlags,
    ...createFlags,
    flag.string('pull', '', 'Pull image before creating ("always", "|missing", "never")', { def: 'missing' }),
  ],
};
