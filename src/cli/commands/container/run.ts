/**
 * @module
 * The grammar of `docker container run` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { minArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand } from '../../invocation.js';
import { resourceFlags } from './resource-flags.js';
import { createFlags } from './create-flags.js';

/** `docker container run`: Create and run a new container from an image */
export const runCommand: DockerCommand = {
  use: 'run [OPTIONS] IMAGE [COMMAND] [ARG...]',
  short: 'Create and run a new container from an image',
  aliasesText: 'docker container run, docker run',
  args: minArgs(1),
  interspersed: false,
  annotations: { categoryTop: 1 },
  flags: [
    ...resourceFlags,
    ...createFlags,
    flag.bool('detach', 'd', 'Run container in background and print container ID'),
    flag.string('detach-keys', '', 'Override the key sequence for detaching a container'),
    flag.string('pull', '', 'Pull image before running ("always", "missing", "never")', { def: 'missing' }),
    flag.bool('sig-proxy', '', 'Proxy received signals to the process', { def: 'true' }),
  ],
};
