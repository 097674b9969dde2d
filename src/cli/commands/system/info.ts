/**
 * @module
 * `docker info` / `docker system info` (docker CLI 28.2): its grammar, and the handler printing
 * the client and server sections as docker does (`--format` for templates over the same data).
 */
import type { SystemInfo } from '../../../daemon/info.js';
import { errorText } from '../../errors.js';
import { formatInfo, prettyInfo } from '../../format/info.js';
import { emulatedClientVersion } from '../../format/version.js';
import { noArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import { INSPECT_FORMAT_HELP } from '../format-help.js';
import type { DockerCommand, Invocation } from '../../invocation.js';

/** `docker info`: the pretty print, or a template's output; a daemon error is reported after the client section. */
async function runInfo({ cli, flags }: Invocation): Promise<void> {
  const format = flags.string('format');
  const client = emulatedClientVersion(cli.contextName);
  let info: SystemInfo | undefined;
  let failure: unknown;
  try {
    info = await cli.client.systemInfo();
  } catch (e) {
    failure = e;
  }
  if (format !== '') {
    if (failure !== undefined) cli.err.write(`${errorText(failure)}\n`);
    cli.out.write(formatInfo(info, client, format));
    return;
  }
  const { stdout, stderr } = prettyInfo(info, client);
  cli.out.write(stdout);
  cli.err.write(stderr);
  if (failure !== undefined) {
    cli.err.write(`ERROR: ${errorText(failure)}\n`);
    throw new Error('errors pretty printing info');
  }
}

/** `docker info`: Display system-wide information */
export const infoCommand: DockerCommand = {
  use: 'info [OPTIONS]',
  short: 'Display system-wide information',
  aliasesText: 'docker system info, docker info',
  args: noArgs,
  annotations: { categoryTop: 12 },
  flags: [flag.string('format', 'f', INSPECT_FORMAT_HELP)],
  run: runInfo,
};
