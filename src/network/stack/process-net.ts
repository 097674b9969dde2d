/**
 * @module
 * {@link ProcessNet} for the processes of a container: listen, connect and resolve in the
 * container's namespace (looked up on every call, so `network connect`/`disconnect` of a running
 * container take effect at once), its nameserver (127.0.0.11 on user-defined networks) and its
 * interfaces (`lo`, then `eth0`, `eth1`… in the order the networks were joined).
 */
import type { NetworkInterface, ProcessNet } from '../../programs/types.js';
import { formatIPv4 } from '../ip.js';
import type { NetworkSlice } from '../state.js';
import type { NetStack } from './net-stack.js';
import { EMBEDDED_DNS, HOST_NAMESERVER, sandboxEndpoints, usesEmbeddedDns } from './resolver.js';

/** The network of a container's processes. */
export function containerNet(stack: NetStack, slice: () => NetworkSlice, containerId: string): ProcessNet {
  const ns = () => stack.namespaceOf(containerId);
  return {
    listen: (port, options) => stack.listen(ns(), port, options?.host),
    connect: (host, port, options) => stack.connect(ns(), host, port, options?.timeoutMs),
    resolve: async (name) => stack.resolve(ns(), name),
    get nameserver() {
      const sandbox = stack.sandboxOf(ns());
      return sandbox && usesEmbeddedDns(slice(), sandbox) ? EMBEDDED_DNS : HOST_NAMESERVER;
    },
    interfaces: () => {
      const out: NetworkInterface[] = [{ name: 'lo', address: '127.0.0.1', prefixLength: 8 }];
      const sandbox = stack.sandboxOf(ns());
      if (!sandbox) return out;
      const s = slice();
      sandboxEndpoints(s, sandbox)
        .filter((ep) => ep.ip >= 0)
        .forEach((ep, i) => {
          const bits = Number(ep.IPv4Address.split('/')[1] ?? 32);
          out.push({ name: `eth${i}`, address: formatIPv4(ep.ip), prefixLength: bits, mac: ep.MacAddress, network: s.networks.get(ep.networkId)?.Name ?? '' });
        });
      return out;
    },
  };
}
