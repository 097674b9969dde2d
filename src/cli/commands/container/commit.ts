/**
 * @module
 * `docker container commit` / `docker commit` (docker CLI 28.2): its grammar, and the handler
 * (`-a`, `-m`, `-c`, `-p`) printing the new image's id.
 */
import { rangeArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand, Invocation } from '../../invocation.js';
import { tagNameOnly, referenceName } from '../../../reference/format.js';
import { normalizedNamed } from '../../references.js';

/** `docker commit`: the new image's id (`sha256:…`); no repository makes a dangling image. */
async function runCommit({ cli, args, flags }: Invocation): Promise<void> {
  let repo: string | undefined;
  let tag: string | undefined;
  if (args[1] !== undefined && args[1] !== '') {
    const ref = normalizedNamed(args[1]);
    if (ref.digest !== undefined) throw new Error('refusing to create a tag with a digest reference');
    const tagged = tagNameOnly(ref);
    repo = referenceName(tagged);
    tag = tagged.tag;
  }
  const response = await cli.client.imageCommit(args[0]!, {
    ...(repo !== undefined ? { repo, tag: tag ?? 'latest' } : {}),
    comment: flags.string('message'),
    author: flags.string('author'),
    pause: flags.bool('pause'),
    changes: flags.list('change'),
  });
  cli.out.write(`${response.Id}\n`);
}

/** `docker container commit`: Create a new image from a container's changes */
export const commitCommand: DockerCommand = {
  use: 'commit [OPTIONS] CONTAINER [REPOSITORY[:TAG]]',
  short: 'Create a new image from a container\'s changes',
  aliasesText: 'docker container commit, docker commit',
  args: rangeArgs(1, 2),
  interspersed: false,
  flags: [
    flag.string('author', 'a', 'Author (e.g., "John Hannibal Smith <hannibal@a-team.com>")'),
    flag.list('change', 'c', 'Apply Dockerfile instruction to the created image'),
    flag.string('message', 'm', 'Commit message'),
    flag.bool('pause', 'p', 'Pause container during commit', { def: 'true' }),
  ],
  run: runCommit,
};
