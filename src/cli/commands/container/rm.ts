/**
 * @module
 * `docker container rm` / `docker rm` (docker CLI 28.2): its grammar, and the handler that removes
 * every container at once (`-f`, `-v`); with `-f` a missing container is reported but not an error.
 */
import { minArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand, Invocation } from '../../invocation.js';
import { isDockerError } from '../../../core/errors.js';
import { forEachName } from '../each.js';

/** `docker rm`: removes every container at once; with `-f` a missing one is only reported on stderr. */
async function runRm({ cli, args, flags }: Invocation): Promise<void> {
  const force = flags.bool('force');
  const options = { force, volumes: flags.bool('volumes') };
  await forEachName(
    cli,
    args,
    async (name) => {
      const id = name.replace(/^\/+|\/+$/g, '');
      if (id === '') throw new Error('container name cannot be empty');
      await cli.client.containerDelete(id, options);
    },
    (error) => force && isDockerError(error, 'NotFound'),
  );
}

/** `docker container rm`: Remove one or more containers */
export const rmCommand: DockerCommand = {
  use: 'rm [OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Remove one or more containers',
  aliases: ['remove'],
  aliasesText: 'docker container rm, docker container remove, docker rm',
  args: minArgs(1),
  flags: [
    flag.bool('force', 'f', 'Force the removal of a running container (uses SIGKILL)'),
    flag.bool('link', 'l', 'Remove the specified link'),
    flag.bool('volumes', 'v', 'Remove anonymous volumes associated with the container'),
  ],
  run: runRm,
};
