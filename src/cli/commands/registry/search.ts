/**
 * @module
 * The grammar of `docker search` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { exactArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand } from '../../invocation.js';

/** `docker search`: Search Docker Hub for images */
export const searchCommand: DockerCommand = {
  use: 'search [OPTIONS] TERM',
  short: 'Search Docker Hub for images',
  args: exactArgs(1),
  annotations: { categoryTop: 10 },
  flags: [
    flag.filter('filter', 'f', 'Filter output based on conditions provided'),
    flag.string('format', '', 'Pretty-print search using a Go template'),
    flag.int('limit', '', 'Max number of search results'),
    flag.bool('no-trunc', '', 'Don\'t truncate output'),
  ],
};
