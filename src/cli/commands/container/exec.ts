/**
 * @module
 * The grammar of `docker container exec` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { minArgs } from '../../grammar/args.js';
import { validateEnv } from '../../grammar/validators.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand } from '../../invocation.js';

/** `docker container exec`: Execute a command in a running container */
export const execCommand: DockerCommand = {
  use: 'exec [OPTIONS] CONTAINER COMMAND [ARG...]',
  short: 'Execute a command in a running container',
  aliasesText: 'docker container exec, docker exec',
  args: minArgs(2),
  interspersed: false,
  annotations: { categoryTop: 2 },
  flags: [
    flag.bool('detach', 'd', 'Detached mode: run command in the background'),
    flag.string('detach-keys', '', 'Override the key sequence for detaching a container'),
    flag.list('env', 'e', 'Set environment variables', { validate: validateEnv }),
    flag.list('env-file', '', 'Read in a file of environment variables'),
    flag.bool('interactive', 'i', 'Keep STDIN open even if not attached'),
    flag.bool('privileged', '', 'Give extended privileges to the command'),
    flag.bool('tty', 't', 'Allocate a pseudo-TTY'),
    flag.string('user', 'u', 'Username or UID (format: "<name|uid>[:<group|gid>]")'),
    flag.string('workdir', 'w', 'Working directory inside the container'),
  ],
};
