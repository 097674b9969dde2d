/**
 * @module
 * `docker logout` (docker CLI 28.2): its grammar, and the handler — `Removing login credentials
 * for …` and the registry's login dropped from the client's store.
 */
import { maxArgs } from '../../grammar/args.js';
import type { DockerCommand, Invocation } from '../../invocation.js';
import { INDEX_SERVER } from '../../../registry/auth.js';
import { convertToHostname, serverAddress } from './credentials.js';

/** `docker logout`: forgets the login (nothing to forget is fine); no request to the daemon. */
async function runLogout({ cli, args }: Invocation): Promise<void> {
  const server = serverAddress(args[0]);
  const host = server === INDEX_SERVER ? server : convertToHostname(server);
  cli.out.write(`Removing login credentials for ${host}\n`);
  cli.client.credentials.delete(host);
}

/** `docker logout`: Log out from a registry */
export const logoutCommand: DockerCommand = {
  use: 'logout [SERVER]',
  short: 'Log out from a registry',
  long: 'Log out from a registry.\nIf no server is specified, the default is defined by the daemon.',
  args: maxArgs(1),
  annotations: { categoryTop: 9 },
  run: runLogout,
};
