/**
 * @module
 * The host port allocator (libnetwork `portallocator`): host ports per address and protocol, a
 * specific port or the first free one of a range — by default the kernel's ephemeral range
 * 32768–60999 — searching on from the last port handed out in that range, so a released port is
 * not reused at once. A port is held for several addresses at once (`0.0.0.0` and `::` share it).
 * Besides the allocator's own bookkeeping, a bind to a specific address fails while the wildcard
 * address of the same family holds the port (and the reverse), as the kernel's `bind()` does.
 */
import { ALL_PORTS_ALLOCATED, portAlreadyAllocated } from '../../core/messages/network.js';
import type { Table } from '../../core/table.js';
import { looksLikeIPv6 } from '../ip.js';
import type { PortLease } from '../state.js';

/** Linux's default `net.ipv4.ip_local_port_range`, which Docker reads for ephemeral ports. */
export const EPHEMERAL_PORTS = { start: 32768, end: 60999 } as const;

/** The key of a lease in the port table. */
export function leaseKey(proto: string, hostIp: string, port: number): string {
  return `${proto}/${hostIp}/${port}`;
}

/** A port allocation failure, with the allocator's or the kernel's words. */
export class PortAllocationError extends Error {}

/** The port tables the allocator reads and writes. */
export interface PortTables {
  readonly portLeases: Table<PortLease>;
  readonly portCursors: Table<number>;
}

/** Something else on the host already listening on a port (a host-mode container, say). */
export type PortBusy = (proto: string, hostIp: string, port: number) => boolean;

function wildcardOf(ip: string): string {
  return looksLikeIPv6(ip) ? '::' : '0.0.0.0';
}

/** The address whose lease would make `bind(ip, port)` fail, if any. */
export function bindConflict(tables: PortTables, proto: string, ip: string, port: number, busy?: PortBusy): string | undefined {
  const wildcard = wildcardOf(ip);
  if (ip !== wildcard && tables.portLeases.has(leaseKey(proto, wildcard, port))) return wildcard;
  if (ip === wildcard) {
    for (const [, lease] of tables.portLeases) {
      if (lease.proto === proto && lease.hostPort === port && lease.hostIp !== ip && wildcardOf(lease.hostIp) === wildcard) return lease.hostIp;
    }
  }
  if (busy?.(proto, ip, port)) return ip;
  return undefined;
}

function free(tables: PortTables, proto: string, ips: readonly string[], port: number, busy?: PortBusy): boolean {
  return ips.every((ip) => !tables.portLeases.has(leaseKey(proto, ip, port)) && bindConflict(tables, proto, ip, port, busy) === undefined);
}

/**
 * Picks a host port for `ips` (`RequestPortsInRange`): `start === end` asks for that port
 * (`Bind for <ip>:<port> failed: port is already allocated` when an address holds it); a range,
 * or 0–0 for the ephemeral range, gives the first port free for every address after the range's
 * cursor. Returns the port and the updated cursors; leases are recorded by the caller.
 */
export function requestPort(tables: PortTables, ips: readonly string[], proto: string, start: number, end: number, busy?: PortBusy): { readonly port: number; readonly portCursors: Table<number> } {
  if (start > 0 && start === end) {
    for (const ip of ips) if (tables.portLeases.has(leaseKey(proto, ip, start))) throw new PortAllocationError(portAlreadyAllocated(ip, start));
    return { port: start, portCursors: tables.portCursors };
  }
  const begin = start === 0 && end === 0 ? EPHEMERAL_PORTS.start : start;
  const last = start === 0 && end === 0 ? EPHEMERAL_PORTS.end : end;
  const cursorKey = (ip: string) => `${proto}/${ip}/${begin}-${last}`;
  let port = tables.portCursors.get(cursorKey(ips[0]!)) ?? last;
  for (let i = begin; i <= last; i++) {
    port = port + 1 > last ? begin : port + 1;
    if (!free(tables, proto, ips, port, busy)) continue;
    let portCursors = tables.portCursors;
    for (const ip of ips) portCursors = portCursors.set(cursorKey(ip), port);
    return { port, portCursors };
  }
  throw new PortAllocationError(ALL_PORTS_ALLOCATED);
}
