/**
 * @module
 * `docker container export` / `docker export` (docker CLI 28.2): its grammar, and the handler
 * writing the container's filesystem tar to `-o` (on the host's files) or to stdout.
 */
import { exactArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand, Invocation } from '../../invocation.js';
import { hostOf, hostPath, goPathError } from '../../host-files.js';

/** `docker export`: the container's filesystem as a tar, to `-o FILE` or a non-terminal stdout. */
async function runExport({ cli, args, flags }: Invocation): Promise<void> {
  const output = flags.string('output');
  if (output === '' && cli.out.isTTY) throw new Error('cowardly refusing to save to a terminal. Use the -o flag or redirect');
  const tar = await cli.client.containerExport(args[0]!);
  if (output === '') {
    cli.out.write(tar);
    return;
  }
  const host = hostOf(cli);
  try {
    host.fs.writeFile(hostPath(host, output), tar, { mode: 0o600 });
  } catch (error) {
    throw new Error(`failed to export container: ${goPathError('open', output, error).message}`);
  }
}

/** `docker container export`: Export a container's filesystem as a tar archive */
export const exportCommand: DockerCommand = {
  use: 'export [OPTIONS] CONTAINER',
  short: 'Export a container\'s filesystem as a tar archive',
  aliasesText: 'docker container export, docker export',
  args: exactArgs(1),
  flags: [
    flag.string('output', 'o', 'Write to a file, instead of STDOUT'),
  ],
  run: runExport,
};
