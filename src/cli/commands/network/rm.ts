/**
 * @module
 * `docker network rm` (docker CLI 28.2): its grammar, and the handler removing each network in
 * turn (`-f`: a missing one is not an error); failures end with docker's `exit status 1` line.
 */
import { minArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand, Invocation } from '../../invocation.js';
import { isDockerError } from '../../../core/errors.js';
import { StatusError, errorText } from '../../errors.js';

/** `docker network rm`: each network in turn; any failure ends with docker's stray `exit status 1`. */
async function runRm({ cli, args, flags }: Invocation): Promise<void> {
  let failed = false;
  for (const name of args) {
    try {
      await cli.client.networkDelete(name);
      cli.out.write(`${name}\n`);
    } catch (error) {
      if (flags.bool('force') && isDockerError(error, 'NotFound')) continue;
      cli.err.write(`${errorText(error)}\n`);
      failed = true;
    }
  }
  if (failed) throw new StatusError('exit status 1', 1);
}

/** `docker network rm`: Remove one or more networks */
export const rmCommand: DockerCommand = {
  use: 'rm NETWORK [NETWORK...]',
  short: 'Remove one or more networks',
  aliases: ['remove'],
  args: minArgs(1),
  flags: [
    flag.bool('force', 'f', 'Do not error if the network does not exist'),
  ],
  run: runRm,
};
