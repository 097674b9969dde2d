/**
 * @module
 * `docker version` (docker CLI 28.2): its grammar, and the handler printing the client's and the
 * daemon's versions with docker's template (`--format` for custom ones).
 */
import { noArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import { INSPECT_FORMAT_HELP } from '../format-help.js';
import type { SystemVersion } from '../../../daemon/version.js';
import { emulatedClientVersion, renderVersion } from '../../format/version.js';
import type { DockerCommand, Invocation } from '../../invocation.js';

/** `docker version`: Show the Docker version information */
export const versionCommand: DockerCommand = {
  use: 'version [OPTIONS]',
  short: 'Show the Docker version information',
  args: noArgs,
  run: (invocation) => runVersion(invocation),
  annotations: { categoryTop: 10 },
  flags: [
    flag.string('format', 'f', INSPECT_FORMAT_HELP),
  ],
};

/** `docker version`: the client's version, then the daemon's (or the error reaching it). */
async function runVersion({ cli, flags }: Invocation): Promise<void> {
  let server: SystemVersion | undefined;
  let failure: unknown;
  try {
    server = await cli.client.systemVersion();
  } catch (e) {
    failure = e;
  }
  const { stdout, error } = renderVersion(emulatedClientVersion(cli.contextName), server, flags.string('format'));
  cli.out.write(stdout);
  if (failure !== undefined) throw failure;
  if (error !== undefined) throw new Error(error);
}
