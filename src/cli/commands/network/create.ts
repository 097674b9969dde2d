/**
 * @module
 * The grammar of `docker network create` (docker CLI 28.2): use line, help texts, arguments and flags.
 */
import { exactArgs } from '../../grammar/args.js';
import { validateLabel } from '../../grammar/validators.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand } from '../../invocation.js';

/** `docker network create`: Create a network */
export const createCommand: DockerCommand = {
  use: 'create [OPTIONS] NETWORK',
  short: 'Create a network',
  args: exactArgs(1),
  flags: [
    flag.bool('attachable', '', 'Enable manual container attachment'),
    flag.map('aux-address', '', 'Auxiliary IPv4 or IPv6 addresses used by Network driver', { def: 'map[]' }),
    flag.string('config-from', '', 'The network from which to copy the configuration'),
    flag.bool('config-only', '', 'Create a configuration only network'),
    flag.string('driver', 'd', 'Driver to manage the Network', { def: 'bridge' }),
    flag.strings('gateway', '', 'IPv4 or IPv6 Gateway for the master subnet'),
    flag.bool('ingress', '', 'Create swarm routing-mesh network'),
    flag.bool('internal', '', 'Restrict external access to the network'),
    flag.strings('ip-range', '', 'Allocate container ip from a sub-range'),
    flag.string('ipam-driver', '', 'IP Address Management Driver', { def: 'default' }),
    flag.map('ipam-opt', '', 'Set IPAM driver specific options', { def: 'map[]' }),
    flag.bool('ipv4', '', 'Enable or disable IPv4 address assignment', { def: 'true' }),
    flag.bool('ipv6', '', 'Enable or disable IPv6 address assignment'),
    flag.list('label', '', 'Set metadata on a network', { validate: validateLabel }),
    flag.map('opt', 'o', 'Set driver specific options', { def: 'map[]' }),
    flag.string('scope', '', 'Control the network\'s scope'),
    flag.strings('subnet', '', 'Subnet in CIDR format that represents a network segment'),
  ],
};
