/**
 * @module
 * The grammar of `docker container port` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { rangeArgs } from '../../grammar/args.js';
import type { DockerCommand } from '../../invocation.js';

/** `docker container port`: List port mappings or a specific mapping for the container */
export const portCommand: DockerCommand = {
  use: 'port CONTAINER [PRIVATE_PORT[/PROTO]]',
  short: 'List port mappings or a specific mapping for the container',
  aliasesText: 'docker container port, docker port',
  args: rangeArgs(1, 2),
};
