/**
 * @module
 * The grammar of `docker image pull` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { exactArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand } from '../../invocation.js';

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
};
