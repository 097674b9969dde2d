/**
 * @module
 * The PORTS column of `docker ps` (docker/cli `formatter.DisplayablePorts`): ports sorted,
 * consecutive ports of one protocol and address grouped (`8000-8002/tcp`), published ports as
 * `0.0.0.0:80->80/tcp` (IPv6 bracketed: `[::]:80->80/tcp`), remapped ports listed last, all
 * joined by `, `.
 */

import type { PortSummary } from '../../container/summary.js';

export type { PortSummary };

/** Go's `net.JoinHostPort`. */
export function joinHostPort(host: string, port: string | number): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

function comparePorts(a: PortSummary, b: PortSummary): number {
  if (a.PrivatePort !== b.PrivatePort) return a.PrivatePort - b.PrivatePort;
  const ipA = a.IP ?? '';
  const ipB = b.IP ?? '';
  if (ipA !== ipB) return ipA < ipB ? -1 : 1;
  if ((a.PublicPort ?? 0) !== (b.PublicPort ?? 0)) return (a.PublicPort ?? 0) - (b.PublicPort ?? 0);
  return a.Type < b.Type ? -1 : a.Type > b.Type ? 1 : 0;
}

function formGroup(key: string, first: number, last: number): string {
  const parts = key.split('/');
  const ip = parts.length > 1 ? parts[0]! : '';
  const type = parts.length > 1 ? parts[1]! : parts[0]!;
  let group = first === last ? String(first) : `${first}-${last}`;
  if (ip !== '') group = `${joinHostPort(ip, group)}->${group}`;
  return `${group}/${type}`;
}

/** The PORTS text of a container. */
export function displayablePorts(ports: readonly PortSummary[] | null | undefined): string {
  const groups = new Map<string, { first: number; last: number }>();
  const result: string[] = [];
  const mappings: string[] = [];
  for (const port of [...(ports ?? [])].sort(comparePorts)) {
    const current = port.PrivatePort;
    let key: string = port.Type;
    if (port.IP) {
      if ((port.PublicPort ?? 0) !== current) {
        mappings.push(`${joinHostPort(port.IP, port.PublicPort ?? 0)}->${port.PrivatePort}/${port.Type}`);
        continue;
      }
      key = `${port.IP}/${port.Type}`;
    }
    const group = groups.get(key);
    if (!group) {
      groups.set(key, { first: current, last: current });
      continue;
    }
    if (current === group.last + 1) {
      group.last = current;
      continue;
    }
    result.push(formGroup(key, group.first, group.last));
    // A Map keeps a key's first position when it is set again, as docker's recorded key order does.
    groups.set(key, { first: current, last: current });
  }
  for (const [key, g] of groups) result.push(formGroup(key, g.first, g.last));
  return [...result, ...mappings].join(', ');
}
