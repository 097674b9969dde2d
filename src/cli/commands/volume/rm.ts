/**
 * @module
 * `docker volume rm` (docker CLI 28.2): its grammar, and the handler removing each volume in turn
 * (`-f`), printing each one removed; a volume in use stays, with the daemon's error.
 */
import { minArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand, Invocation } from '../../invocation.js';
import { joinErrors } from '../each.js';

/** `docker volume rm`: each volume in turn, printed when removed; errors joined. */
async function runRm({ cli, args, flags }: Invocation): Promise<void> {
  const errors: unknown[] = [];
  for (const name of args) {
    try {
      await cli.client.volumeDelete(name, { force: flags.bool('force') });
      cli.out.write(`${name}\n`);
    } catch (error) {
      errors.push(error);
    }
  }
  const joined = joinErrors(errors);
  if (joined) throw joined;
}

/** `docker volume rm`: Remove one or more volumes */
export const rmCommand: DockerCommand = {
  use: 'rm [OPTIONS] VOLUME [VOLUME...]',
  short: 'Remove one or more volumes',
  long: 'Remove one or more volumes. You cannot remove a volume that is in use by a container.',
  aliases: ['remove'],
  args: minArgs(1),
  flags: [
    flag.bool('force', 'f', 'Force the removal of one or more volumes'),
  ],
  run: runRm,
};
