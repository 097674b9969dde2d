/**
 * @module
 * `docker container create` / `docker create` (docker CLI 28.2): its grammar, and the handler —
 * the same create request and implicit pull as `docker run`, then the new container's id.
 */
import { minArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand, Invocation } from '../../invocation.js';
import { resourceFlags } from './resource-flags.js';
import { createFlags } from './create-flags.js';
import { withHelp } from '../../errors.js';
import { createConfig } from './create-config.js';
import { createContainer } from './create-container.js';

/** `docker create`: the request (a bad command line is `docker: …`, exit 125), then the id. */
async function runCreate({ cli, flags, args }: Invocation): Promise<void> {
  let config;
  try {
    config = createConfig(cli, flags, args);
  } catch (error) {
    throw withHelp(error, 'create');
  }
  cli.out.write(`${await createContainer(cli, config)}\n`);
}

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
  run: runCreate,
};
