/**
 * @module
 * `docker context show` (docker CLI 28.2): its grammar, and the handler printing the current context.
 */
import { noArgs } from '../../grammar/args.js';
import type { DockerCommand, Invocation } from '../../invocation.js';

/** `docker context show`: the current context's name. */
async function runShow({ cli }: Invocation): Promise<void> {
  cli.out.write(`${cli.contextName}\n`);
}

/** `docker context show`: Print the name of the current context */
export const showCommand: DockerCommand = {
  use: 'show',
  short: 'Print the name of the current context',
  args: noArgs,
  run: runShow,
};
