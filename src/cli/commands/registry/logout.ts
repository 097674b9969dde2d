/**
 * @module
 * The grammar of `docker logout` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { maxArgs } from '../../grammar/args.js';
import type { DockerCommand } from '../../invocation.js';

/** `docker logout`: Log out from a registry */
export const logoutCommand: DockerCommand = {
  use: 'logout [SERVER]',
  short: 'Log out from a registry',
  long: 'Log out from a registry.\nIf no server is specified, the default is defined by the daemon.',
  args: maxArgs(1),
  annotations: { categoryTop: 9 },
};
