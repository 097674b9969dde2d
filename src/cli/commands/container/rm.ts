/**
 * @module
 * The grammar of `docker container rm` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { minArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand } from '../../invocation.js';

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
};
