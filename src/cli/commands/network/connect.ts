/**
 * @module
 * `docker network connect` (docker CLI 28.2): its grammar, and the handler connecting a container
 * with `--alias`, `--ip`, `--ip6`, `--link`, `--driver-opt`; success prints nothing.
 */
import { exactArgs } from '../../grammar/args.js';
import { validateLink } from '../../grammar/validators.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand, Invocation } from '../../invocation.js';

/** `docker network connect`: the endpoint settings from the flags; prints nothing. */
async function runConnect({ cli, args, flags }: Invocation): Promise<void> {
  const driverOpts: { [key: string]: string } = {};
  for (const opt of flags.list('driver-opt')) {
    const eq = opt.indexOf('=');
    const key = (eq < 0 ? opt : opt.slice(0, eq)).trim();
    if (eq < 0 || key === '') throw new Error('invalid key/value pair format in driver options');
    driverOpts[key] = opt.slice(eq + 1).trim();
  }
  const linkLocal = flags.list('link-local-ip');
  await cli.client.networkConnect(args[0]!, {
    Container: args[1]!,
    EndpointConfig: {
      IPAMConfig: { IPv4Address: flags.string('ip'), IPv6Address: flags.string('ip6'), ...(linkLocal.length > 0 ? { LinkLocalIPs: [...linkLocal] } : {}) },
      Links: [...flags.list('link')],
      Aliases: [...flags.list('alias')],
      DriverOpts: driverOpts,
      GwPriority: flags.number('gw-priority'),
    },
  });
}

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
  run: runConnect,
};
