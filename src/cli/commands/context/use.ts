/**
 * @module
 * `docker context use` (docker CLI 28.2): its grammar, and the handler switching the CLI's
 * current context (kept in the caller's `CliConfig`, docker's config.json).
 */
import { cobraExactArgs } from '../../grammar/args.js';
import type { DockerCommand, Invocation } from '../../invocation.js';

const CONTEXT_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.+-]+$/;

/** `docker context use NAME`: records the choice in the CLI's configuration. */
async function runUse({ cli, args }: Invocation): Promise<void> {
  const name = args[0]!;
  if (name !== 'default') {
    if (!CONTEXT_NAME.test(name)) throw new Error(`context name ${JSON.stringify(name)} is invalid, names are validated against regexp "^[a-zA-Z0-9][a-zA-Z0-9_.+-]+$"`);
    cli.context(name);
  }
  if (name === 'default') delete cli.config.currentContext;
  else cli.config.currentContext = name;
  cli.out.write(`${name}\n`);
  cli.err.write(`Current context is now ${JSON.stringify(name)}\n`);
}

/** `docker context use`: Set the current docker context */
export const useCommand: DockerCommand = {
  use: 'use CONTEXT',
  short: 'Set the current docker context',
  args: cobraExactArgs(1),
  run: runUse,
};
