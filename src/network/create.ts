/**
 * @module
 * `docker network create` (`POST /networks/create`): validation in moby's order (predefined name,
 * driver, IPAM config, duplicate name), then a subnet from the IPAM — the lowest free default pool,
 * or the user's `--subnet`/`--ip-range` — and the gateway (`--gateway`, or the lowest free address).
 */
import { notSimulated } from '../core/messages/system.js';
import {
  invalidNetworkConfig,
  networkDriverNotFound,
  networkNameExists,
  notSwarmManager,
  predefinedNetwork,
} from '../core/messages/network.js';
import { DockerError } from '../core/errors.js';
import { formatTimestamp } from '../core/time.js';
import { contains, formatIPv4, formatPrefix, looksLikeIPv6, masked, overlaps, parseCIDR, parseIPv4, parsePrefix, type Prefix } from './ip.js';
import { requestAddress } from './ipam/addresses.js';
import { allocateDefaultSubnet, allocateStaticSubnet, type PoolTable } from './ipam/pools.js';
import { isPredefinedNetwork, type IPAMConfig, type NetworkPool, type NetworkRecord } from './record.js';
import type { NetworkSlice } from './state.js';

/** The body of `POST /networks/create` (Engine API `NetworkCreateRequest`). */
export interface NetworkCreateRequest {
  readonly Name: string;
  readonly Driver?: string;
  readonly Scope?: string;
  readonly EnableIPv4?: boolean;
  readonly EnableIPv6?: boolean;
  readonly IPAM?: {
    readonly Driver?: string;
    readonly Options?: { readonly [key: string]: string } | null;
    readonly Config?: readonly IPAMConfig[] | null;
  } | null;
  readonly Internal?: boolean;
  readonly Attachable?: boolean;
  readonly Ingress?: boolean;
  readonly ConfigOnly?: boolean;
  readonly ConfigFrom?: { readonly Network: string } | null;
  readonly Options?: { readonly [key: string]: string } | null;
  readonly Labels?: { readonly [key: string]: string } | null;
}

/** The answer of `POST /networks/create`. */
export interface NetworkCreateResponse {
  readonly Id: string;
  readonly Warning: string;
}

const DRIVERS = ['bridge', 'host', 'null', 'overlay', 'ipvlan', 'macvlan'];
const SIMULATED_DRIVERS = ['bridge'];

/** Validates `IPAM.Config` as moby's `ValidateIPAM` does; returns the error texts. */
export function validateIPAM(configs: readonly IPAMConfig[], enableIPv6: boolean): string[] {
  const errs: string[] = [];
  for (const cfg of configs) {
    const subnetText = cfg.Subnet ?? '';
    const cidr = looksLikeIPv6(subnetText) ? undefined : parseCIDR(subnetText);
    if (looksLikeIPv6(subnetText)) {
      if (!enableIPv6) continue;
      errs.push(`invalid subnet ${subnetText}: IPv6 networks are not simulated by dockersim`);
      continue;
    }
    if (!cidr) {
      errs.push(`invalid subnet ${subnetText}: invalid CIDR block notation`);
      continue;
    }
    const subnet = masked(cidr.addr, cidr.bits);
    if (subnet.base !== cidr.addr) errs.push(`invalid subnet ${subnetText}: it should be ${formatPrefix(subnet)}`);
    errs.push(...validateRange(cfg.IPRange ?? '', subnet));
    const gwErr = validateAddress(cfg.Gateway ?? '', subnet);
    if (gwErr) errs.push(`invalid gateway ${cfg.Gateway}: ${gwErr}`);
    for (const [name, aux] of Object.entries(cfg.AuxiliaryAddresses ?? {})) {
      const err = validateAddress(aux, subnet);
      if (err) errs.push(`invalid auxiliary address ${name}: ${err}`);
    }
  }
  return errs;
}

function validateRange(text: string, subnet: Prefix): string[] {
  if (text === '') return [];
  if (looksLikeIPv6(text)) return [`invalid ip-range ${text}: parent subnet is an IPv4 block`];
  const cidr = parseCIDR(text);
  if (!cidr) return [`invalid ip-range ${text}: invalid CIDR block notation`];
  const range = masked(cidr.addr, cidr.bits);
  const errs: string[] = [];
  if (cidr.bits < subnet.bits) errs.push(`invalid ip-range ${text}: CIDR block is bigger than its parent subnet ${formatPrefix(subnet)}`);
  if (range.base !== cidr.addr) errs.push(`invalid ip-range ${text}: it should be ${formatPrefix(range)}`);
  if (!overlaps(subnet, range)) errs.push(`invalid ip-range ${text}: parent subnet ${formatPrefix(subnet)} doesn't contain ip-range`);
  return errs;
}

function validateAddress(text: string, subnet: Prefix): string | undefined {
  if (text === '') return undefined;
  if (looksLikeIPv6(text)) return 'parent subnet is an IPv4 block';
  const addr = parseIPv4(text);
  if (addr === undefined) return 'invalid address';
  if (!contains(subnet, addr)) return `parent subnet ${formatPrefix(subnet)} doesn't contain this address`;
  return undefined;
}

/** What creating a network changes. */
export interface CreatedNetwork {
  readonly record: NetworkRecord;
  readonly ipPools: PoolTable;
}

/** Where a new network gets its id, time and order. */
export interface CreateContext {
  readonly id: string;
  readonly nowMs: number;
  readonly seq: number;
}

const isStringMap = (v: unknown) => v === undefined || v === null || (typeof v === 'object' && !Array.isArray(v) && Object.values(v as object).every((x) => typeof x === 'string'));

/** Rejects a request whose fields have the wrong JSON types, as Docker's decoder does (400). */
function checkTypes(req: NetworkCreateRequest): void {
  const bad = (field: string) => new DockerError('InvalidParameter', `invalid JSON: wrong type for field ${field}`);
  if (req.Name !== undefined && typeof req.Name !== 'string') throw bad('Name');
  if (req.Driver !== undefined && typeof req.Driver !== 'string') throw bad('Driver');
  for (const field of ['Options', 'Labels'] as const) if (!isStringMap(req[field])) throw bad(field);
  const config = req.IPAM?.Config;
  if (config !== undefined && config !== null && (!Array.isArray(config) || config.some((c) => typeof c !== 'object' || c === null))) throw bad('IPAM.Config');
}

/** Creates a network record and reserves its subnets; throws Docker's error and changes nothing on bad input. */
export function createNetwork(state: NetworkSlice, req: NetworkCreateRequest, ctx: CreateContext): CreatedNetwork {
  checkTypes(req);
  const name = req.Name ?? '';
  if (isPredefinedNetwork(name)) throw predefinedNetwork(name);
  const driver = req.Driver || 'bridge';
  if (driver === 'overlay') throw notSwarmManager();
  const enableIPv6 = req.EnableIPv6 ?? req.Options?.['com.docker.network.enable_ipv6'] === 'true';
  const configs = req.IPAM?.Config ?? [];
  const ipamErrors = validateIPAM(configs, enableIPv6);
  if (ipamErrors.length > 0) throw invalidNetworkConfig(ipamErrors);
  if (name.trim() === '') throw new DockerError('InvalidParameter', 'invalid name: name is empty');
  for (const n of state.networks.values()) if (n.Name === name) throw networkNameExists(name);
  if (!DRIVERS.includes(driver)) throw networkDriverNotFound(driver);
  if (driver === 'host' || driver === 'null') throw new DockerError('Forbidden', `only one instance of "${driver}" network is allowed`);
  if (req.ConfigOnly || req.ConfigFrom?.Network) throw notSimulated('config-only networks');
  if (!SIMULATED_DRIVERS.includes(driver)) throw notSimulated(`the ${driver} network driver`);
  if (req.Ingress) throw new DockerError('Forbidden', 'Ingress network can only be global scope network');
  if (req.Scope === 'swarm') throw new DockerError('Forbidden', 'cannot create a swarm scoped network when swarm is not active');
  if (enableIPv6) throw notSimulated('IPv6 networking');
  if (req.IPAM?.Driver && req.IPAM.Driver !== 'default') throw networkDriverNotFound(req.IPAM.Driver);
  if (req.EnableIPv4 === false) throw notSimulated('IPv6-only networks');

  let pools = state.ipPools;
  const networkPools: NetworkPool[] = [];
  const v4Configs = configs.filter((c) => !looksLikeIPv6(c.Subnet ?? ''));
  for (const cfg of v4Configs.length > 0 ? v4Configs : [{}]) {
    let subnet: Prefix;
    let range: Prefix | undefined;
    if (cfg.Subnet) {
      subnet = parsePrefix(cfg.Subnet)!;
      range = cfg.IPRange ? parsePrefix(cfg.IPRange) : undefined;
      if (range && range.bits < subnet.bits) range = subnet;
      pools = allocateStaticSubnet(pools, subnet, range);
    } else {
      ({ pools, subnet } = allocateDefaultSubnet(pools));
    }
    const subnetKey = formatPrefix(subnet);
    const rangeKey = range ? formatPrefix(range) : undefined;
    const preferred = cfg.Gateway ? parseIPv4(cfg.Gateway) : undefined;
    const gw = requestGateway(pools, subnetKey, rangeKey, preferred, cfg.Gateway);
    pools = gw.pools;
    networkPools.push({ subnet: subnetKey, ...(rangeKey ? { range: rangeKey } : {}), gateway: formatIPv4(gw.address), static: Boolean(cfg.Subnet) });
  }

  const ipamConfig: IPAMConfig[] =
    configs.length > 0
      ? configs.map((c) => ({ ...(c.Subnet ? { Subnet: c.Subnet } : {}), ...(c.IPRange ? { IPRange: c.IPRange } : {}), ...(c.Gateway ? { Gateway: c.Gateway } : {}), ...(c.AuxiliaryAddresses ? { AuxiliaryAddresses: c.AuxiliaryAddresses } : {}) }))
      : networkPools.map((p) => ({ Subnet: p.subnet, Gateway: p.gateway }));
  const record: NetworkRecord = {
    Name: name,
    Id: ctx.id,
    Created: formatTimestamp(ctx.nowMs),
    Scope: 'local',
    Driver: driver,
    EnableIPv4: true,
    EnableIPv6: false,
    IPAM: { Driver: req.IPAM?.Driver || 'default', Options: req.IPAM?.Options ?? null, Config: ipamConfig },
    Internal: Boolean(req.Internal),
    Attachable: Boolean(req.Attachable),
    Ingress: Boolean(req.Ingress),
    ConfigFrom: { Network: req.ConfigFrom?.Network ?? '' },
    ConfigOnly: Boolean(req.ConfigOnly),
    Options: req.Options ?? {},
    Labels: req.Labels ?? {},
    internal: { seq: ctx.seq, createdMs: ctx.nowMs, pools: networkPools, endpointCount: 0 },
  };
  return { record, ipPools: pools };
}

function requestGateway(pools: PoolTable, subnet: string, range: string | undefined, preferred: number | undefined, given: string | undefined) {
  try {
    return requestAddress(pools, subnet, { ...(range ? { range } : {}), ...(preferred !== undefined ? { preferred } : {}) });
  } catch (err) {
    const cause = err instanceof Error ? err.message : String(err);
    throw new DockerError('Internal', `failed to allocate gateway (${given ?? ''}): ${cause}`);
  }
}
