/**
 * @module
 * The grammar of `docker image push` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { exactArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand } from '../../invocation.js';

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
};
