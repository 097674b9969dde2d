/**
 * @module
 * The grammar of `docker container attach` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { exactArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand } from '../../invocation.js';

/** `docker container attach`: Attach local standard input, output, and error streams to a running container */
export const attachCommand: DockerCommand = {
  use: 'attach [OPTIONS] CONTAINER',
  short: 'Attach local standard input, output, and error streams to a running container',
  aliasesText: 'docker container attach, docker attach',
  args: exactArgs(1),
  flags: [
    flag.string('detach-keys', '', 'Override the key sequence for detaching a container'),
    flag.bool('no-stdin', '', 'Do not attach STDIN'),
    flag.bool('sig-proxy', '', 'Proxy all received signals to the process', { def: 'true' }),
  ],
};
