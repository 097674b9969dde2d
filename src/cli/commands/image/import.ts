/**
 * @module
 * The grammar of `docker image import` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { minArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand } from '../../invocation.js';

/** `docker image import`: Import the contents from a tarball to create a filesystem image */
export const importCommand: DockerCommand = {
  use: 'import [OPTIONS] file|URL|- [REPOSITORY[:TAG]]',
  short: 'Import the contents from a tarball to create a filesystem image',
  aliasesText: 'docker image import, docker import',
  args: minArgs(1),
  flags: [
    flag.list('change', 'c', 'Apply Dockerfile instruction to the created image'),
    flag.string('message', 'm', 'Set commit message for imported image'),
    flag.string('platform', '', 'Set platform if server is multi-platform capable'),
  ],
};
