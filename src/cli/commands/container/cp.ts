/**
 * @module
 * The grammar of `docker container cp` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { exactArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand } from '../../invocation.js';

/** `docker container cp`: Copy files/folders between a container and the local filesystem */
export const cpCommand: DockerCommand = {
  use: 'cp [OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-\n\tdocker cp [OPTIONS] SRC_PATH|- CONTAINER:DEST_PATH',
  short: 'Copy files/folders between a container and the local filesystem',
  long: 'Copy files/folders between a container and the local filesystem\n\nUse \'-\' as the source to read a tar archive from stdin\nand extract it to a directory destination in a container.\nUse \'-\' as the destination to stream a tar archive of a\ncontainer source to stdout.',
  aliasesText: 'docker container cp, docker cp',
  args: exactArgs(2),
  flags: [
    flag.bool('archive', 'a', 'Archive mode (copy all uid/gid information)'),
    flag.bool('follow-link', 'L', 'Always follow symbol link in SRC_PATH'),
    flag.bool('quiet', 'q', 'Suppress progress output during copy. Progress output is automatically suppressed if no terminal is attached'),
  ],
};
