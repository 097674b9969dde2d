/**
 * @module
 * The grammar of `docker container commit` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { rangeArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand } from '../../invocation.js';

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
};
