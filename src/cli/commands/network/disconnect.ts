/**
 * @module
 * `docker network disconnect` (docker CLI 28.2): its grammar, and the handler (`-f`); success
 * prints nothing.
 */
import { exactArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand, Invocation } from '../../invocation.js';

/** `docker network disconnect`: prints nothing on success. */
async function runDisconnect({ cli, args, flags }: Invocation): Promise<void> {
  await cli.client.networkDisconnect(args[0]!, { Container: args[1]!, Force: flags.bool('force') });
}

/** `docker network disconnect`: Disconnect a container from a network */
export const disconnectCommand: DockerCommand = {
  use: 'disconnect [OPTIONS] NETWORK CONTAINER',
  short: 'Disconnect a container from a network',
  args: exactArgs(2),
  flags: [
    flag.bool('force', 'f', 'Force the container to disconnect from a network'),
  ],
  run: runDisconnect,
};
