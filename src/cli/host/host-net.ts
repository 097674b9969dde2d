/**
 * @module
 * The network as the simulated host's own processes see it: the host namespace of the daemon's
 * network stack — `localhost` and the host's addresses reach published ports (through the
 * docker-proxy), containers' addresses on the bridges are routable, names resolve through the
 * host's resolver — so `curl http://localhost:3000/` on the host works as it does on a machine
 * running Docker.
 */
import type { Host } from '../../world/host.js';
import { HOST_NAMESPACE } from '../../network/stack/net-stack.js';
import { HOST_NAMESERVER } from '../../network/stack/resolver.js';
import type { ProcessNet } from '../../programs/types.js';

/** The host namespace's network for processes running on `host`. */
export function hostNet(host: Host): ProcessNet {
  const stack = host.daemon.networks.stack;
  return {
    listen: (port, options) => stack.listen(HOST_NAMESPACE, port, options?.host),
    connect: (to, port, options) => stack.connect(HOST_NAMESPACE, to, port, options?.timeoutMs),
    resolve: async (name) => stack.resolve(HOST_NAMESPACE, name),
    nameserver: HOST_NAMESERVER,
    interfaces: () => [{ name: 'lo', address: '127.0.0.1', prefixLength: 8 }],
  };
}
