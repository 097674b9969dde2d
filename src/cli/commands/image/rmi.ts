/**
 * @module
 * `docker rmi` / `docker image rm` (docker CLI 28.2): its grammar, and the handler printing each
 * `Untagged:` and `Deleted:` line; errors are joined (with `-f`, missing images only warn).
 */
import { minArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand, Invocation } from '../../invocation.js';
import { isDockerError } from '../../../core/errors.js';
import { errorText } from '../../errors.js';

/** `docker rmi`: each image in turn, its `Untagged:` / `Deleted:` lines; with `-f`, only missing images are forgiven. */
async function runRmi({ cli, args, flags }: Invocation): Promise<void> {
  const force = flags.bool('force');
  const errors: unknown[] = [];
  let fatal = false;
  for (const image of args) {
    try {
      for (const d of await cli.client.imageDelete(image, { force, noprune: flags.bool('no-prune') })) {
        cli.out.write('Deleted' in d ? `Deleted: ${d.Deleted}\n` : `Untagged: ${d.Untagged}\n`);
      }
    } catch (error) {
      if (!isDockerError(error, 'NotFound')) fatal = true;
      errors.push(error);
    }
  }
  if (errors.length === 0) return;
  const text = errors.map(errorText).join('\n');
  if (!force || fatal) throw new Error(text);
  cli.err.write(`${text}\n`);
}

/** `docker rmi`: Remove one or more images */
export const rmiCommand: DockerCommand = {
  use: 'rmi [OPTIONS] IMAGE [IMAGE...]',
  short: 'Remove one or more images',
  aliasesText: 'docker image rm, docker image remove, docker rmi',
  args: minArgs(1),
  flags: [
    flag.bool('force', 'f', 'Force removal of the image'),
    flag.bool('no-prune', '', 'Do not delete untagged parents'),
    flag.strings('platform', '', 'Remove only the given platform variant. Formatted as "os[/arch[/variant]]" (e.g., "linux/amd64")'),
  ],
  run: runRmi,
};
