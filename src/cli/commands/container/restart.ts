/**
 * @module
 * `docker container restart` / `docker restart` (docker CLI 28.2): its grammar, and the handler
 * that restarts the containers one after the other (`-s`, `-t`), printing each one as typed.
 */
import { minArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand, Invocation } from '../../invocation.js';
import { joinErrors } from '../each.js';
import { stopOptions } from './stop-options.js';

/** `docker restart`: one container after the other, as docker/cli does it. */
async function runRestart({ cli, args, flags }: Invocation): Promise<void> {
  const options = stopOptions(flags);
  const errors: unknown[] = [];
  for (const name of args) {
    try {
      await cli.client.containerRestart(name, options);
      cli.out.write(`${name}\n`);
    } catch (error) {
      errors.push(error);
    }
  }
  const joined = joinErrors(errors);
  if (joined) throw joined;
}

/** `docker container restart`: Restart one or more containers */
export const restartCommand: DockerCommand = {
  use: 'restart [OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Restart one or more containers',
  aliasesText: 'docker container restart, docker restart',
  args: minArgs(1),
  flags: [
    flag.string('signal', 's', 'Signal to send to the container'),
    flag.int('timeout', 't', 'Seconds to wait before killing the container'),
    flag.int('time', '', 'Seconds to wait before killing the container (deprecated: use --timeout)', { deprecated: 'use --timeout instead', alias: 'timeout' }),
  ],
  run: runRestart,
};
