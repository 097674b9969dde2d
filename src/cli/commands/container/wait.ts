/**
 * @module
 * `docker container wait` / `docker wait` (docker CLI 28.2): its grammar, and the handler that
 * waits for each container in turn (condition `not-running`) and prints its exit code.
 */
import { minArgs } from '../../grammar/args.js';
import type { DockerCommand, Invocation } from '../../invocation.js';
import { joinErrors } from '../each.js';

/** `docker wait`: waits for each container in turn and prints its exit code. */
async function runWait({ cli, args }: Invocation): Promise<void> {
  const errors: unknown[] = [];
  for (const name of args) {
    try {
      const result = await cli.client.containerWait(name);
      cli.out.write(`${result.StatusCode}\n`);
    } catch (error) {
      errors.push(error);
    }
  }
  const joined = joinErrors(errors);
  if (joined) throw joined;
}

/** `docker container wait`: Block until one or more containers stop, then print their exit codes */
export const waitCommand: DockerCommand = {
  use: 'wait CONTAINER [CONTAINER...]',
  short: 'Block until one or more containers stop, then print their exit codes',
  aliasesText: 'docker container wait, docker wait',
  args: minArgs(1),
  run: runWait,
};
