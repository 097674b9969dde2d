/**
 * @module
 * The grammar of `docker login` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { maxArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand } from '../../invocation.js';

/** `docker login`: Authenticate to a registry */
export const loginCommand: DockerCommand = {
  use: 'login [OPTIONS] [SERVER]',
  short: 'Authenticate to a registry',
  long: 'Authenticate to a registry.\nDefaults to Docker Hub if no server is specified.',
  args: maxArgs(1),
  annotations: { categoryTop: 8 },
  flags: [
    flag.string('password', 'p', 'Password or Personal Access Token (PAT)'),
    flag.bool('password-stdin', '', 'Take the Password or Personal Access Token (PAT) from stdin'),
    flag.string('username', 'u', 'Username'),
  ],
};
