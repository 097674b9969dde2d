/**
 * @module
 * The grammar of `docker manifest annotate`, `docker manifest create`, `docker manifest inspect`, `docker manifest push`, `docker manifest rm`, `docker manifest` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { noArgs, minArgs, exactArgs, rangeArgs } from '../grammar/args.js';
import { flag } from '../grammar/flag.js';
import type { DockerCommand } from '../invocation.js';

/** `docker manifest annotate`: Add additional information to a local image manifest */
export const manifestAnnotateCommand: DockerCommand = {
  use: 'annotate [OPTIONS] MANIFEST_LIST MANIFEST',
  short: 'Add additional information to a local image manifest',
  args: exactArgs(2),
  flags: [
    flag.string('arch', '', 'Set architecture'),
    flag.string('os', '', 'Set operating system'),
    flag.strings('os-features', '', 'Set operating system feature'),
    flag.string('os-version', '', 'Set operating system version'),
    flag.string('variant', '', 'Set architecture variant'),
  ],
};

/** `docker manifest create`: Create a local manifest list for annotating and pushing to a registry */
export const manifestCreateCommand: DockerCommand = {
  use: 'create MANIFEST_LIST MANIFEST [MANIFEST...]',
  short: 'Create a local manifest list for annotating and pushing to a registry',
  args: minArgs(2),
  flags: [
    flag.bool('amend', 'a', 'Amend an existing manifest list'),
    flag.bool('insecure', '', 'Allow communication with an insecure registry'),
  ],
};

/** `docker manifest inspect`: Display an image manifest, or manifest list */
export const manifestInspectCommand: DockerCommand = {
  use: 'inspect [OPTIONS] [MANIFEST_LIST] MANIFEST',
  short: 'Display an image manifest, or manifest list',
  args: rangeArgs(1, 2),
  flags: [
    flag.bool('insecure', '', 'Allow communication with an insecure registry'),
    flag.bool('verbose', 'v', 'Output additional info including layers and platform'),
  ],
};

/** `docker manifest push`: Push a manifest list to a repository */
export const manifestPushCommand: DockerCommand = {
  use: 'push [OPTIONS] MANIFEST_LIST',
  short: 'Push a manifest list to a repository',
  args: exactArgs(1),
  flags: [
    flag.bool('insecure', '', 'Allow push to an insecure registry'),
    flag.bool('purge', 'p', 'Remove the local manifest list after push'),
  ],
};

/** `docker manifest rm`: Delete one or more manifest lists from local storage */
export const manifestRmCommand: DockerCommand = {
  use: 'rm MANIFEST_LIST [MANIFEST_LIST...]',
  short: 'Delete one or more manifest lists from local storage',
  args: minArgs(1),
};

/** `docker manifest`: Manage Docker image manifests and manifest lists */
export const manifestCommand: DockerCommand = {
  use: 'manifest COMMAND',
  short: 'Manage Docker image manifests and manifest lists',
  long: 'The **docker manifest** command has subcommands for managing image manifests and\nmanifest lists. A manifest list allows you to use one name to refer to the same image\nbuilt for multiple architectures.\n\nTo see help for a subcommand, use:\n\n    docker manifest CMD --help\n\nFor full details on using docker manifest lists, see the registry v2 specification.',
  args: noArgs,
  annotations: { experimentalCLI: true },
  subcommands: [manifestAnnotateCommand, manifestCreateCommand, manifestInspectCommand, manifestPushCommand, manifestRmCommand],
};
