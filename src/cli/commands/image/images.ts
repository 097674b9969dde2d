/**
 * @module
 * The grammar of `docker images` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { maxArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import { FORMAT_HELP } from '../format-help.js';
import type { DockerCommand } from '../../invocation.js';

/** `docker images`: List images */
export const imagesCommand: DockerCommand = {
  use: 'images [OPTIONS] [REPOSITORY[:TAG]]',
  short: 'List images',
  aliasesText: 'docker image ls, docker image list, docker images',
  args: maxArgs(1),
  annotations: { categoryTop: 7 },
  flags: [
    flag.bool('all', 'a', 'Show all images (default hides intermediate images)'),
    flag.bool('digests', '', 'Show digests'),
    flag.filter('filter', 'f', 'Filter output based on conditions provided'),
    flag.string('format', '', FORMAT_HELP),
    flag.bool('no-trunc', '', 'Don\'t truncate output'),
    flag.bool('quiet', 'q', 'Only show image IDs'),
    flag.bool('tree', '', 'List multi-platform images as a tree (EXPERIMENTAL)'),
  ],
};
