/**
 * @module
 * docker/cli's `createIPAMConfig` for `docker network create`: `--subnet`, `--ip-range`,
 * `--gateway` and `--aux-address` grouped by the subnet each belongs to, with docker's errors
 * (`every ip-range or gateway must have a corresponding subnet`, overlapping subnets, a range or
 * gateway outside every subnet).
 */
import type { IPAMConfig } from '../../../network/record.js';
import { canonicalIp } from '../../grammar/validators.js';

/** The IPAM flags of a command line. */
export interface IpamOptions {
  readonly subnets: readonly string[];
  readonly ipRanges: readonly string[];
  readonly gateways: readonly string[];
  readonly auxAddresses: { readonly [name: string]: string };
}

/** An address as a number and its bit width (32 or 128). */
function addressBits(ip: string): { readonly value: bigint; readonly bits: number } | undefined {
  const canon = canonicalIp(ip);
  if (canon === undefined) return undefined;
  if (!canon.includes(':')) return { value: canon.split('.').reduce((n, p) => (n << 8n) + BigInt(p), 0n), bits: 32 };
  const [left = '', right = ''] = canon.split('::');
  const groups = (s: string) => (s === '' ? [] : s.split(':'));
  const l = groups(left);
  const r = canon.includes('::') ? groups(right) : [];
  const all = [...l, ...Array<string>(8 - l.length - r.length).fill('0'), ...r];
  return { value: all.reduce((n, g) => (n << 16n) + BigInt(parseInt(g, 16)), 0n), bits: 128 };
}

/** Go `net.ParseCIDR`: the network and prefix, or the error text. */
function parseCidr(text: string): { readonly value: bigint; readonly bits: number; readonly prefix: number } {
  const slash = text.indexOf('/');
  const ip = slash < 0 ? undefined : addressBits(text.slice(0, slash));
  const prefix = slash < 0 ? NaN : Number(text.slice(slash + 1));
  if (!ip || !/^\d+$/.test(text.slice(slash + 1)) || prefix > ip.bits) throw new Error(`invalid CIDR address: ${text}`);
  return { ...ip, prefix };
}

/** `subnetMatches`: whether `data` (an address or a CIDR) lies in `subnet`. */
function subnetMatches(subnet: string, data: string): boolean {
  let s;
  try {
    s = parseCidr(subnet);
  } catch (error) {
    throw new Error(`invalid subnet: ${(error as Error).message}`);
  }
  const ip = data.includes('/') ? parseCidr(data) : addressBits(data);
  if (!ip || ip.bits !== s.bits) return false;
  const shift = BigInt(s.bits - s.prefix);
  return ip.value >> shift === s.value >> shift;
}

/** The `IPAM.Config` entries of the flags (subnet order kept). */
export function ipamConfig(options: IpamOptions): IPAMConfig[] {
  if (options.subnets.length < options.ipRanges.length || options.subnets.length < options.gateways.length) {
    throw new Error('every ip-range or gateway must have a corresponding subnet');
  }
  const configs = new Map<string, { Subnet: string; IPRange?: string; Gateway?: string; AuxiliaryAddresses: { [name: string]: string } }>();
  for (const s of options.subnets) {
    for (const k of configs.keys()) if (subnetMatches(s, k) || subnetMatches(k, s)) throw new Error('multiple overlapping subnet configuration is not supported');
    configs.set(s, { Subnet: s, AuxiliaryAddresses: {} });
  }
  const place = (what: string, value: string, field: 'IPRange' | 'Gateway', label: string) => {
    let match = false;
    for (const s of options.subnets) {
      if (field === 'IPRange') parseCidr(value);
      if (!subnetMatches(s, value)) continue;
      const c = configs.get(s)!;
      if (c[field] !== undefined) throw new Error(`cannot configure multiple ${label} (${value}, ${c[field]}) ${field === 'IPRange' ? 'on' : 'for'} the same subnet (${s})`);
      c[field] = value;
      match = true;
    }
    if (!match) throw new Error(`no matching subnet for ${what} ${value}`);
  };
  for (const r of options.ipRanges) place('range', r, 'IPRange', 'ranges');
  for (const g of options.gateways) place('gateway', g, 'Gateway', 'gateways');
  for (const [key, aa] of Object.entries(options.auxAddresses)) {
    let match = false;
    for (const s of options.subnets) {
      if (!subnetMatches(s, aa)) continue;
      configs.get(s)!.AuxiliaryAddresses[key] = aa;
      match = true;
    }
    if (!match) throw new Error(`no matching subnet for aux-address ${aa}`);
  }
  return [...configs.values()];
}
