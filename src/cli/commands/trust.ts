/**
 * @module
 * The grammar of `docker trust key generate`, `docker trust key load`, `docker trust signer add`, `docker trust signer remove`, `docker trust inspect`, `docker trust key`, `docker trust revoke`, `docker trust sign`, `docker trust signer`, `docker trust` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { noArgs, minArgs, exactArgs } from '../grammar/args.js';
import { flag } from '../grammar/flag.js';
import type { DockerCommand } from '../invocation.js';

/** `docker trust key generate`: Generate and load a signing key-pair */
export const trustKeyGenerateCommand: DockerCommand = {
  use: 'generate NAME',
  short: 'Generate and load a signing key-pair',
  args: exactArgs(1),
  flags: [
    flag.string('dir', '', 'Directory to generate key in, defaults to current directory'),
  ],
};

/** `docker trust key load`: Load a private key file for signing */
export const trustKeyLoadCommand: DockerCommand = {
  use: 'load [OPTIONS] KEYFILE',
  short: 'Load a private key file for signing',
  args: exactArgs(1),
  flags: [
    flag.string('name', '', 'Name for the loaded key', { def: 'signer' }),
  ],
};

/** `docker trust signer add`: Add a signer */
export const trustSignerAddCommand: DockerCommand = {
  use: 'add OPTIONS NAME REPOSITORY [REPOSITORY...] ',
  short: 'Add a signer',
  args: minArgs(2),
  flags: [
    flag.list('key', '', 'Path to the signer\'s public key file'),
  ],
};

/** `docker trust signer remove`: Remove a signer */
export const trustSignerRemoveCommand: DockerCommand = {
  use: 'remove [OPTIONS] NAME REPOSITORY [REPOSITORY...]',
  short: 'Remove a signer',
  args: minArgs(2),
  flags: [
    flag.bool('force', 'f', 'Do not prompt for confirmation before removing the most recent signer'),
  ],
};

/** `docker trust inspect`: Return low-level information about keys and signatures */
export const trustInspectCommand: DockerCommand = {
  use: 'inspect IMAGE[:TAG] [IMAGE[:TAG]...]',
  short: 'Return low-level information about keys and signatures',
  args: minArgs(1),
  flags: [
    flag.bool('pretty', '', 'Print the information in a human friendly format'),
  ],
};

/** `docker trust key`: Manage keys for signing Docker images */
export const trustKeyCommand: DockerCommand = {
  use: 'key',
  short: 'Manage keys for signing Docker images',
  args: noArgs,
  subcommands: [trustKeyGenerateCommand, trustKeyLoadCommand],
};

/** `docker trust revoke`: Remove trust for an image */
export const trustRevokeCommand: DockerCommand = {
  use: 'revoke [OPTIONS] IMAGE[:TAG]',
  short: 'Remove trust for an image',
  args: exactArgs(1),
  flags: [
    flag.bool('yes', 'y', 'Do not prompt for confirmation'),
  ],
};

/** `docker trust sign`: Sign an image */
export const trustSignCommand: DockerCommand = {
  use: 'sign IMAGE:TAG',
  short: 'Sign an image',
  args: exactArgs(1),
  flags: [
    flag.bool('local', '', 'Sign a locally tagged image'),
  ],
};

/** `docker trust signer`: Manage entities who can sign Docker images */
export const trustSignerCommand: DockerCommand = {
  use: 'signer',
  short: 'Manage entities who can sign Docker images',
  args: noArgs,
  subcommands: [trustSignerAddCommand, trustSignerRemoveCommand],
};

/** `docker trust`: Manage trust on Docker images */
export const trustCommand: DockerCommand = {
  use: 'trust',
  short: 'Manage trust on Docker images',
  args: noArgs,
  subcommands: [trustInspectCommand, trustKeyCommand, trustRevokeCommand, trustSignCommand, trustSignerCommand],
};
