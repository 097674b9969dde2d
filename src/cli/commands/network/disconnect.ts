/**
 * @module
 * The grammar of `docker network disconnect` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { exactArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand } from '../../invocation.js';

/** `docker network disconnect`: Disconnect a container from a network */
export const disconnectCommand: DockerCommand = {
  use: 'disconnect [OPTIONS] NETWORK CONTAINER',
  short: 'Disconnect a container from a network',
  args: exactArgs(2),
  flags: [
    flag.bool('force', 'f', 'Force the container to disconnect from a network'),
  ],
};
