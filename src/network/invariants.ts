/**
 * @module
 * Cross-object invariants of the network slice (STYLE.md §9's `validateWorld`, for networks): no
 * two endpoints of a network share an address, every address lies in its network's subnets and
 * is held in the pool, a host port has one owner and never both a wildcard and a specific bind,
 * DNS records and sandboxes point at live endpoints. Returns the violations found (none: `[]`).
 */
import { looksLikeIPv6, parseIPv4, parsePrefix, contains } from './ip.js';
import { hasAddress } from './ipam/address-set.js';
import { dnsKey } from './endpoint.js';
import type { NetworkSlice } from './state.js';

/** Every broken invariant of `slice`, as readable sentences. */
export function networkInvariantViolations(slice: NetworkSlice): string[] {
  const problems: string[] = [];
  for (const [networkId, endpoints] of slice.endpoints) {
    const network = slice.networks.get(networkId);
    if (!network) {
      problems.push(`endpoints of a missing network ${networkId}`);
      continue;
    }
    if (network.internal.endpointCount !== endpoints.size) problems.push(`${network.Name}: endpointCount ${network.internal.endpointCount} ≠ ${endpoints.size}`);
    const seen = new Map<number, string>();
    for (const ep of endpoints.values()) {
      if (ep.ip < 0) continue;
      const other = seen.get(ep.ip);
      if (other) problems.push(`${network.Name}: ${ep.Name} and ${other} share ${ep.IPv4Address}`);
      seen.set(ep.ip, ep.Name);
      const pool = network.internal.pools.find((p) => p.subnet === ep.subnet);
      if (!pool || !contains(parsePrefix(pool.subnet)!, ep.ip)) problems.push(`${network.Name}: ${ep.Name}'s ${ep.IPv4Address} is outside its subnets`);
      else {
        const data = slice.ipPools.get(pool.subnet);
        if (!data || !hasAddress(data.addresses, ep.ip - parsePrefix(pool.subnet)!.base)) problems.push(`${network.Name}: ${ep.IPv4Address} is not held in its pool`);
        if (parseIPv4(pool.gateway) === ep.ip) problems.push(`${network.Name}: ${ep.Name} has the gateway address`);
      }
      for (const name of ep.dnsNames) {
        if (!(slice.dnsRecords.get(dnsKey(networkId, name)) ?? []).some((a) => a.containerId === ep.containerId)) problems.push(`${network.Name}: no DNS record ${name} for ${ep.Name}`);
      }
    }
  }
  for (const [key, answers] of slice.dnsRecords) {
    const networkId = key.slice(0, key.indexOf('/'));
    for (const a of answers) if (!slice.endpoints.get(networkId)?.has(a.containerId)) problems.push(`DNS record ${key} points at a gone endpoint`);
  }
  const byPort = new Map<string, string[]>();
  for (const lease of slice.portLeases.values()) {
    const family = looksLikeIPv6(lease.hostIp) ? 6 : 4;
    const key = `${lease.proto}/${family}/${lease.hostPort}`;
    byPort.set(key, [...(byPort.get(key) ?? []), lease.hostIp]);
    if (!slice.sandboxes.get(lease.containerId)) problems.push(`port ${lease.hostIp}:${lease.hostPort} held by a container without a sandbox`);
  }
  for (const [key, ips] of byPort) {
    if (ips.length > 1 && ips.some((ip) => ip === '0.0.0.0' || ip === '::')) problems.push(`port ${key} bound both to a wildcard and to ${ips.join(', ')}`);
  }
  for (const sandbox of slice.sandboxes.values()) {
    for (const networkId of sandbox.networks) if (!slice.endpoints.get(networkId)?.has(sandbox.containerId)) problems.push(`sandbox of ${sandbox.containerId} lists ${networkId} without an endpoint`);
    for (const key of sandbox.ports) if (slice.portLeases.get(key)?.containerId !== sandbox.containerId) problems.push(`sandbox of ${sandbox.containerId} lists port ${key} it does not hold`);
  }
  return problems;
}
