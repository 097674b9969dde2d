/**
 * @module
 * `docker image save` / `docker save` (docker CLI 28.2): its grammar, and the handler writing the
 * images' tar to `-o` (on the host's files) or to stdout.
 */
import { minArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand, Invocation } from '../../invocation.js';
import { goPathError, hostOf, hostPath } from '../../host-files.js';

/** `docker save`: the images as a docker-archive tar, to `-o FILE` or a non-terminal stdout. */
async function runSave({ cli, args, flags }: Invocation): Promise<void> {
  const output = flags.string('output');
  if (output === '' && cli.out.isTTY) throw new Error('cowardly refusing to save to a terminal. Use the -o flag or redirect');
  const tar = await cli.client.imageGet(args);
  if (output === '') {
    cli.out.write(tar);
    return;
  }
  const host = hostOf(cli);
  try {
    host.fs.writeFile(hostPath(host, output), tar, { mode: 0o600 });
  } catch (error) {
    throw new Error(`failed to save image: ${goPathError('open', output, error).message}`);
  }
}

/** `docker image save`: Save one or more images to a tar archive (streamed to STDOUT by default) */
export const saveCommand: DockerCommand = {
  use: 'save [OPTIONS] IMAGE [IMAGE...]',
  short: 'Save one or more images to a tar archive (streamed to STDOUT by default)',
  aliasesText: 'docker image save, docker save',
  args: minArgs(1),
  flags: [
    flag.string('output', 'o', 'Write to a file, instead of STDOUT'),
    flag.string('platform', '', 'Save only the given platform variant. Formatted as "os[/arch[/variant]]" (e.g., "linux/amd64")'),
  ],
  run: runSave,
};
