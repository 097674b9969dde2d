/**
 * @module
 * `docker image pull` / `docker pull` (docker CLI 28.2): its grammar, and the handler — `Using
 * default tag: latest`, the daemon's progress (status lines off a terminal, bars on one), then
 * the canonical reference; `-q` keeps only the reference, `-a` pulls every tag.
 */
import { exactArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand, Invocation } from '../../invocation.js';
import { isNameOnly, tagNameOnly } from '../../../reference/format.js';
import { canonical, normalizedNamed } from '../../references.js';
import { pullImage } from './pull-image.js';

/** `docker pull`: the progress on stdout, then the canonical reference pulled. */
async function runPull({ cli, args, flags }: Invocation): Promise<void> {
  const all = flags.bool('all-tags');
  const quiet = flags.bool('quiet');
  let ref = normalizedNamed(args[0]!);
  if (all && !isNameOnly(ref)) throw new Error("tag can't be used with --all-tags/-a");
  if (!all && isNameOnly(ref)) {
    ref = tagNameOnly(ref);
    if (!quiet) cli.out.write(`Using default tag: ${ref.tag}\n`);
  }
  await pullImage(cli, ref, { out: quiet ? undefined : cli.out, platform: flags.string('platform'), allTags: all });
  cli.out.write(`${canonical(ref)}\n`);
}

/** `docker image pull`: Download an image from a registry */
export const pullCommand: DockerCommand = {
  use: 'pull [OPTIONS] NAME[:TAG|@DIGEST]',
  short: 'Download an image from a registry',
  aliasesText: 'docker image pull, docker pull',
  args: exactArgs(1),
  annotations: { categoryTop: 5 },
  flags: [
    flag.bool('all-tags', 'a', 'Download all tagged images in the repository'),
    flag.bool('disable-content-trust', '', 'Skip image verification', { def: 'true' }),
    flag.string('platform', '', 'Set platform if server is multi-platform capable'),
    flag.bool('quiet', 'q', 'Suppress verbose output'),
  ],
  run: runPull,
};
