/**
 * @module
 * `docker image push` / `docker push` (docker CLI 28.2): its grammar, and the handler — `Using
 * default tag: latest`, the daemon's progress (`Preparing`, `Pushed`, `Layer already exists`,
 * `latest: digest: … size: …`), `-a` for every tag, `-q` for the reference alone.
 */
import { exactArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand, Invocation } from '../../invocation.js';
import { familiarName, isNameOnly, tagNameOnly } from '../../../reference/format.js';
import { displayJsonMessages } from '../../format/json-stream.js';
import { canonical, normalizedNamed } from '../../references.js';

/** `docker push`: `Using default tag: latest`, then the daemon's progress (or, `-q`, the reference). */
async function runPush({ cli, args, flags }: Invocation): Promise<void> {
  const all = flags.bool('all-tags');
  const quiet = flags.bool('quiet');
  let ref = normalizedNamed(args[0]!);
  if (all && !isNameOnly(ref)) throw new Error("tag can't be used with --all-tags/-a");
  if (!all && isNameOnly(ref)) {
    ref = tagNameOnly(ref);
    if (!quiet) cli.out.write(`Using default tag: ${ref.tag}\n`);
  }
  if (ref.digest !== undefined) throw new Error('cannot push a digest reference');
  const stream = cli.client.imagePush(familiarName(ref), all ? {} : { tag: ref.tag ?? 'latest' });
  if (quiet) {
    for await (const m of stream) if (m.errorDetail) throw new Error(m.errorDetail.message);
    cli.out.write(`${canonical(ref)}\n`);
    return;
  }
  await displayJsonMessages(stream, cli.out, { terminal: cli.out.isTTY, columns: cli.columns });
}

/** `docker image push`: Upload an image to a registry */
export const pushCommand: DockerCommand = {
  use: 'push [OPTIONS] NAME[:TAG]',
  short: 'Upload an image to a registry',
  aliasesText: 'docker image push, docker push',
  args: exactArgs(1),
  annotations: { categoryTop: 6 },
  flags: [
    flag.bool('all-tags', 'a', 'Push all tags of an image to the repository'),
    flag.bool('disable-content-trust', '', 'Skip image signing', { def: 'true' }),
    flag.string('platform', '', 'Push a platform-specific manifest as a single-platform image to the registry.\nImage index won\'t be pushed, meaning that other manifests, including attestations won\'t be preserved.\n\'os[/arch[/variant]]\': Explicit platform (eg. linux/amd64)'),
    flag.bool('quiet', 'q', 'Suppress verbose output'),
  ],
  run: runPush,
};
