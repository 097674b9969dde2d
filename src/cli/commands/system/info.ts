/**
 * @module
 * The grammar of `docker system info` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { noArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import { INSPECT_FORMAT_HELP } from '../format-help.js';
import type { DockerCommand } from '../../invocation.js';

/** `docker system info`: Display system-wide information */
export const infoCommand: DockerCommand = {
  use: 'info [OPTIONS]',
  short: 'Display system-wide information',
  aliasesText: 'docker system info, docker info',
  args: noArgs,
  annotations: { categoryTop: 12 },
  flags: [
    flag.string('format', 'f', INSPECT_FORMAT_HELP),
  ],
};
