/**
 * @module
 * `docker network create` (docker CLI 28.2): its grammar, and the handler — driver, options,
 * labels, `--internal`, `--ipv6`, and the IPAM subnets / ranges / gateways grouped as docker
 * groups them; prints the new network's id.
 */
import { exactArgs } from '../../grammar/args.js';
import { validateLabel } from '../../grammar/validators.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand, Invocation } from '../../invocation.js';
import { ipamConfig } from './ipam-options.js';

/** `docker network create`: the request as docker/cli builds it; prints the new network's id. */
async function runCreate({ cli, args, flags }: Invocation): Promise<void> {
  const labels: { [key: string]: string } = {};
  for (const kv of flags.list('label')) {
    const eq = kv.indexOf('=');
    labels[eq < 0 ? kv : kv.slice(0, eq)] = eq < 0 ? '' : kv.slice(eq + 1);
  }
  const config = ipamConfig({ subnets: flags.list('subnet'), ipRanges: flags.list('ip-range'), gateways: flags.list('gateway'), auxAddresses: flags.map('aux-address') });
  const configFrom = flags.string('config-from');
  const response = await cli.client.networkCreate({
    Name: args[0]!,
    Driver: flags.string('driver'),
    Options: { ...flags.map('opt') },
    IPAM: { Driver: flags.string('ipam-driver'), Config: config, Options: { ...flags.map('ipam-opt') } },
    Internal: flags.bool('internal'),
    ...(flags.changed('ipv4') ? { EnableIPv4: flags.bool('ipv4') } : {}),
    ...(flags.changed('ipv6') ? { EnableIPv6: flags.bool('ipv6') } : {}),
    Attachable: flags.bool('attachable'),
    Ingress: flags.bool('ingress'),
    Scope: flags.string('scope'),
    ConfigOnly: flags.bool('config-only'),
    ConfigFrom: configFrom === '' ? null : { Network: configFrom },
    Labels: labels,
  });
  cli.out.write(`${response.Id}\n`);
}

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
  run: runCreate,
};
