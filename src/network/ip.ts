/**
 * @module
 * IPv4 addresses and CIDR prefixes as plain numbers, the arithmetic Docker's IPAM does with Go's
 * `net/netip` (parse, mask, contain, overlap, format), and MAC addresses: Engine 28's bridge driver
 * gives each endpoint a random unicast, locally administered MAC (libnetwork `GenerateRandomMAC`).
 */

/** An IPv4 prefix: `base` is the first address (a uint32), `bits` the prefix length. */
export interface Prefix {
  readonly base: number;
  readonly bits: number;
}

/** The number of addresses in a prefix. */
export function prefixSize(prefix: Prefix): number {
  return 2 ** (32 - prefix.bits);
}

/** The last address of a prefix (its broadcast address). */
export function lastAddress(prefix: Prefix): number {
  return prefix.base + prefixSize(prefix) - 1;
}

const OCTET = /^(0|[1-9][0-9]{0,2})$/;

/** Parses dotted-quad IPv4 (`172.17.0.2`) as Go's netip.ParseAddr does; `undefined` if invalid. */
export function parseIPv4(text: string): number | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0;
  for (const part of parts) {
    if (!OCTET.test(part)) return undefined;
    const n = Number(part);
    if (n > 255) return undefined;
    value = value * 256 + n;
  }
  return value;
}

/** Formats a uint32 as dotted-quad IPv4. */
export function formatIPv4(value: number): string {
  return `${(value >>> 24) & 255}.${(value >>> 16) & 255}.${(value >>> 8) & 255}.${value & 255}`;
}

/** True when `text` looks like an IPv6 address (Docker treats those as the other family). */
export function looksLikeIPv6(text: string): boolean {
  return text.includes(':');
}

/**
 * Parses `a.b.c.d/n` without masking, so callers can tell `10.1.2.3/16` (not canonical) from
 * `10.1.0.0/16`; `undefined` if it is not IPv4 CIDR notation. `addr` keeps the unmasked address.
 */
export function parseCIDR(text: string): { readonly addr: number; readonly bits: number } | undefined {
  const slash = text.indexOf('/');
  if (slash < 0) return undefined;
  const addr = parseIPv4(text.slice(0, slash));
  const bitsText = text.slice(slash + 1);
  if (addr === undefined || !/^(0|[1-9][0-9]?)$/.test(bitsText)) return undefined;
  const bits = Number(bitsText);
  if (bits > 32) return undefined;
  return { addr, bits };
}

/** The prefix of length `bits` containing `addr`. */
export function masked(addr: number, bits: number): Prefix {
  const size = 2 ** (32 - bits);
  return { base: addr - (addr % size), bits };
}

/** Formats a prefix as `a.b.c.d/n`. */
export function formatPrefix(prefix: Prefix): string {
  return `${formatIPv4(prefix.base)}/${prefix.bits}`;
}

/** Parses a canonical prefix (`172.18.0.0/16`); `undefined` if invalid or not masked. */
export function parsePrefix(text: string): Prefix | undefined {
  const cidr = parseCIDR(text);
  if (!cidr) return undefined;
  const prefix = masked(cidr.addr, cidr.bits);
  return prefix.base === cidr.addr ? prefix : undefined;
}

/** True when `addr` lies in `prefix`. */
export function contains(prefix: Prefix, addr: number): boolean {
  return addr >= prefix.base && addr <= lastAddress(prefix);
}

/** True when two prefixes share at least one address. */
export function overlaps(a: Prefix, b: Prefix): boolean {
  return a.base <= lastAddress(b) && b.base <= lastAddress(a);
}

/** Orders prefixes by address, then by length (netiputil.PrefixCompare). */
export function comparePrefixes(a: Prefix, b: Prefix): number {
  return a.base !== b.base ? a.base - b.base : a.bits - b.bits;
}

/** A MAC address from 6 random bytes, made unicast and locally administered (`GenerateRandomMAC`). */
export function randomMac(bytes: Uint8Array): string {
  const hw = Array.from(bytes.subarray(0, 6));
  hw[0] = (hw[0]! & 0xfe) | 0x02;
  return hw.map((b) => b.toString(16).padStart(2, '0')).join(':');
}

/** True when `text` is a MAC address Go's net.ParseMAC accepts in colon or dash form (6 bytes). */
export function isMacAddress(text: string): boolean {
  return /^[0-9a-fA-F]{2}([:-])[0-9a-fA-F]{2}(\1[0-9a-fA-F]{2}){4}$/.test(text);
}
