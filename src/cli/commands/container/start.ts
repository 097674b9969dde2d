/**
 * @module
 * The grammar of `docker container start` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { minArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand } from '../../invocation.js';

/** `docker container start`: Start one or more stopped containers */
export const startCommand: DockerCommand = {
  use: 'start [OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Start one or more stopped containers',
  aliasesText: 'docker container start, docker start',
  args: minArgs(1),
  flags: [
    flag.bool('attach', 'a', 'Attach STDOUT/STDERR and forward signals'),
    flag.string('checkpoint', '', 'Restore from this checkpoint', { annotations: { experimental: true, ostype: 'linux' } }),
    flag.string('checkpoint-dir', '', 'Use a custom checkpoint storage directory', { annotations: { experimental: true, ostype: 'linux' } }),
    flag.string('detach-keys', '', 'Override the key sequence for detaching a container'),
    flag.bool('interactive', 'i', 'Attach container\'s STDIN'),
  ],
};
