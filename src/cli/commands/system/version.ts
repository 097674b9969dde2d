/**
 * @module
 * The grammar of `docker version` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { noArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import { INSPECT_FORMAT_HELP } from '../format-help.js';
import type { DockerCommand } from '../../invocation.js';

/** `docker version`: Show the Docker version information */
export const versionCommand: DockerCommand = {
  use: 'version [OPTIONS]',
  short: 'Show the Docker version information',
  args: noArgs,
  annotations: { categoryTop: 10 },
  flags: [
    flag.string('format', 'f', INSPECT_FORMAT_HELP),
  ],
};
