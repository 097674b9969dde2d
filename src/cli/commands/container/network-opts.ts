/**
 * @module
 * `--network` and its companions as docker/cli reads them (`opts.NetworkOpt`, `parseNetworkOpts`):
 * a network name, or the long syntax `name=…,alias=…,ip=…,driver-opt=k=v,…`; `--network-alias`,
 * `--ip`, `--ip6`, `--link`, `--link-local-ip`, `--mac-address` apply to the first network. The
 * result is the create body's `HostConfig.NetworkMode` and `NetworkingConfig.EndpointsConfig`,
 * with docker's conflict errors. The daemon gives the endpoints their meaning.
 */
import type { EndpointRequest } from '../../../container/create.js';
import { FlagValueError, type FlagValidator } from '../../grammar/flag.js';
import { readCsv } from '../../grammar/values.js';

/** One `--network` occurrence (opts.NetworkAttachmentOpts). */
export interface NetworkAttachment {
  target: string;
  aliases: string[];
  driverOpts?: { [key: string]: string };
  links: string[];
  ipv4: string;
  ipv6: string;
  linkLocalIps: string[];
  mac: string;
  gwPriority: number;
}

/** The companion flags of `--network`. */
export interface NetworkFlags {
  readonly networks: readonly string[];
  readonly aliases: readonly string[];
  readonly links: readonly string[];
  readonly ipv4: string;
  readonly ipv6: string;
  readonly linkLocalIps: readonly string[];
  readonly mac: string;
}

const empty = (target: string): NetworkAttachment => ({ target, aliases: [], links: [], ipv4: '', ipv6: '', linkLocalIps: [], mac: '', gwPriority: 0 });

/** Parses one `--network` value. Throws {@link FlagValueError}. */
export function parseNetworkAttachment(value: string): NetworkAttachment {
  if (!/\w+=\w+(,\w+=\w+)*/.test(value)) return empty(value);
  const opt = empty('');
  for (const field of readCsv(value)) {
    const lower = field.toLowerCase();
    const eq = lower.indexOf('=');
    if (eq <= 0) throw new FlagValueError(`invalid field ${field}`);
    const key = lower.slice(0, eq).trim();
    const val = lower.slice(eq + 1).trim();
    switch (key) {
      case 'name':
        opt.target = val;
        break;
      case 'alias':
        opt.aliases.push(val);
        break;
      case 'ip':
        opt.ipv4 = val;
        break;
      case 'ip6':
        opt.ipv6 = val;
        break;
      case 'mac-address':
        opt.mac = val;
        break;
      case 'link-local-ip':
        opt.linkLocalIps.push(val);
        break;
      case 'driver-opt': {
        const e = val.indexOf('=');
        if (e <= 0) throw new FlagValueError('invalid key value pair format in driver options');
        (opt.driverOpts ??= {})[val.slice(0, e).trim()] = val.slice(e + 1).trim();
        break;
      }
      case 'gw-priority':
        if (!/^[-+]?\d+$/.test(val)) throw new FlagValueError(`invalid gw-priority (${val}): invalid syntax`);
        opt.gwPriority = Number(val);
        break;
      default:
        throw new FlagValueError(`invalid field key ${key}`);
    }
  }
  if (opt.target === '') throw new FlagValueError('network name/id is not specified');
  return opt;
}

/** The `--network` flag's validator. */
export const validateNetwork: FlagValidator = (value) => {
  parseNetworkAttachment(value);
  return value;
};

/** container.NetworkMode `IsUserDefined` (Linux). */
export function isUserDefinedNetwork(mode: string): boolean {
  return !['default', 'bridge', 'host', 'none'].includes(mode) && !mode.startsWith('container:');
}

const MAC_RE = /^([0-9a-fA-F]{2}[:-]){5}[0-9a-fA-F]{2}$|^([0-9a-fA-F]{2}[:-]){7}[0-9a-fA-F]{2}$|^([0-9a-fA-F]{2}[:-]){19}[0-9a-fA-F]{2}$/;

/** `opts.ValidateMACAddress` (Go `net.ParseMAC`). */
export function isMacAddress(mac: string): boolean {
  return MAC_RE.test(mac) && new Set(mac.replace(/[0-9a-fA-F]/g, '')).size === 1;
}

function applyContainerOptions(n: NetworkAttachment, f: NetworkFlags): void {
  const conflict = (what: string) => new Error(`conflicting options: cannot specify both ${what}`);
  if (n.aliases.length > 0 && f.aliases.length > 0) throw conflict('--network-alias and per-network alias');
  if (n.links.length > 0 && f.links.length > 0) throw conflict('--link and per-network links');
  if (n.ipv4 !== '' && f.ipv4 !== '') throw conflict('--ip and per-network IPv4 address');
  if (n.ipv6 !== '' && f.ipv6 !== '') throw conflict('--ip6 and per-network IPv6 address');
  if (n.mac !== '' && f.mac !== '') throw conflict('--mac-address and per-network MAC address');
  if (n.linkLocalIps.length > 0 && f.linkLocalIps.length > 0) throw conflict('--link-local-ip and per-network link-local IP addresses');
  if (f.aliases.length > 0) n.aliases = [...f.aliases];
  // On a user-defined network `--link` is an endpoint option (an alias); on the bridge, a legacy link.
  if (isUserDefinedNetwork(n.target) && f.links.length > 0) n.links = [...f.links];
  if (f.ipv4 !== '') n.ipv4 = f.ipv4;
  if (f.ipv6 !== '') n.ipv6 = f.ipv6;
  if (f.mac !== '') n.mac = f.mac;
  if (f.linkLocalIps.length > 0) n.linkLocalIps = [...f.linkLocalIps];
}

/** `parseNetworkAttachmentOpt`: the endpoint settings of one attachment (undefined when it has none). */
function endpointOf(n: NetworkAttachment): EndpointRequest | undefined {
  if (n.target.trim() === '') throw new Error('no name set for network');
  if (!isUserDefinedNetwork(n.target)) {
    if (n.aliases.length > 0) throw new Error('network-scoped aliases are only supported for user-defined networks');
    if (n.links.length > 0) throw new Error('links are only supported for user-defined networks');
  }
  const ep: { [key: string]: unknown } = {};
  if (n.gwPriority !== 0) ep.GwPriority = n.gwPriority;
  if (n.aliases.length > 0) ep.Aliases = [...n.aliases];
  if (n.driverOpts) ep.DriverOpts = { ...n.driverOpts };
  if (n.links.length > 0) ep.Links = [...n.links];
  if (n.ipv4 !== '' || n.ipv6 !== '' || n.linkLocalIps.length > 0) {
    ep.IPAMConfig = { IPv4Address: n.ipv4, IPv6Address: n.ipv6, ...(n.linkLocalIps.length > 0 ? { LinkLocalIPs: [...n.linkLocalIps] } : {}) };
  }
  if (n.mac !== '') {
    if (!isMacAddress(n.mac)) throw new Error(`${n.mac} is not a valid mac address`);
    ep.MacAddress = n.mac;
  }
  return Object.keys(ep).length === 0 ? undefined : (ep as EndpointRequest);
}

/** `HostConfig.NetworkMode` and the endpoints (docker/cli `parseNetworkOpts`). */
export function networkSettings(f: NetworkFlags): { readonly mode: string; readonly endpoints: { [network: string]: EndpointRequest } } {
  const attachments = f.networks.map(parseNetworkAttachment);
  const endpoints: { [network: string]: EndpointRequest } = {};
  if (attachments.length === 0) {
    const n = empty('default');
    applyContainerOptions(n, f);
    endpoints['default'] = endpointOf(n) ?? {};
  }
  let userDefined = false;
  let other = false;
  attachments.forEach((n, i) => {
    if (isUserDefinedNetwork(n.target)) userDefined = true;
    else other = true;
    if (i === 0) applyContainerOptions(n, f);
    const ep = endpointOf(n);
    if (Object.hasOwn(endpoints, n.target)) throw new Error(`network ${JSON.stringify(n.target)} is specified multiple times`);
    // One network without options: no endpoint config (the daemon still creates the endpoint).
    if (i === 0 && attachments.length === 1 && ep === undefined) return;
    endpoints[n.target] = ep ?? {};
  });
  if (userDefined && other) throw new Error('conflicting options: cannot attach both user-defined and non-user-defined network-modes');
  return { mode: attachments[0]?.target ?? 'default', endpoints };
}
