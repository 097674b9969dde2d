/**
 * @module
 * `docker container diff` / `docker diff` (docker CLI 28.2): its grammar, and the handler printing
 * the container's filesystem changes as `{{.Type}} {{.Path}}` (A added, C changed, D deleted).
 */
import { exactArgs } from '../../grammar/args.js';
import type { DockerCommand, Invocation } from '../../invocation.js';
import { changeLetter } from '../../../fs/changes.js';

/** `docker diff`: one `A|C|D path` line per change of the writable layer. */
async function runDiff({ cli, args }: Invocation): Promise<void> {
  if (args[0] === '') throw new Error('Container name cannot be empty');
  const changes = await cli.client.containerChanges(args[0]!);
  cli.out.write(changes.map((c) => `${changeLetter(c.Kind)} ${c.Path}\n`).join(''));
}

/** `docker container diff`: Inspect changes to files or directories on a container's filesystem */
export const diffCommand: DockerCommand = {
  use: 'diff CONTAINER',
  short: 'Inspect changes to files or directories on a container\'s filesystem',
  aliasesText: 'docker container diff, docker diff',
  args: exactArgs(1),
  run: runDiff,
};
