/**
 * @module
 * The grammar of `docker network connect` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { exactArgs } from '../../grammar/args.js';
import { validateLink } from '../../grammar/validators.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand } from '../../invocation.js';

/** `docker network connect`: Connect a container to a network */
export const connectCommand: DockerCommand = {
  use: 'connect [OPTIONS] NETWORK CONTAINER',
  short: 'Connect a container to a network',
  args: exactArgs(2),
  flags: [
    flag.strings('alias', '', 'Add network-scoped alias for the container'),
    flag.strings('driver-opt', '', 'driver options for the network'),
    flag.int('gw-priority', '', 'Highest gw-priority provides the default gateway. Accepts positive and negative values.'),
    flag.string('ip', '', 'IPv4 address (e.g., "172.30.100.104")'),
    flag.string('ip6', '', 'IPv6 address (e.g., "2001:db8::33")'),
    flag.list('link', '', 'Add link to another container', { validate: validateLink }),
    flag.strings('link-local-ip', '', 'Add a link-local address for the container'),
  ],
};
