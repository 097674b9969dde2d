/**
 * @module
 * `EndpointSettings`: a container's configuration and state on one network, as `docker inspect`
 * shows it under `NetworkSettings.Networks.<name>` and as `docker network connect` / `docker run
 * --network --network-alias --ip` send it — and moby's validation of it (`validateEndpointSettings`).
 */
import {
  ENDPOINT_SETTING_ERRORS as E,
  invalidEndpointSettings,
  invalidMacAddress,
} from '../core/messages/network.js';
import { contains, isMacAddress, looksLikeIPv6, parseIPv4, parsePrefix } from './ip.js';
import type { NetworkRecord } from './record.js';

/** Static addresses asked for an endpoint (`--ip`, `--ip6`, `--link-local-ip`). */
export interface EndpointIPAMConfig {
  readonly IPv4Address?: string;
  readonly IPv6Address?: string;
  readonly LinkLocalIPs?: readonly string[];
}

/**
 * An endpoint's settings (Engine API `EndpointSettings`): configuration, then operational data.
 * A type alias (not an interface) so that it fits the container layer's open endpoint records.
 */
export type EndpointSettings = {
  readonly IPAMConfig: EndpointIPAMConfig | null;
  readonly Links: readonly string[] | null;
  readonly Aliases: readonly string[] | null;
  readonly MacAddress: string;
  readonly DriverOpts: { readonly [key: string]: string } | null;
  readonly GwPriority: number;
  readonly NetworkID: string;
  readonly EndpointID: string;
  readonly Gateway: string;
  readonly IPAddress: string;
  readonly IPPrefixLen: number;
  readonly IPv6Gateway: string;
  readonly GlobalIPv6Address: string;
  readonly GlobalIPv6PrefixLen: number;
  readonly DNSNames: readonly string[] | null;
};

/** What a client may send for an endpoint: any subset of {@link EndpointSettings}. */
export type EndpointConfig = { readonly [K in keyof EndpointSettings]?: EndpointSettings[K] | null };

/** True for a user-defined network name (not `default`, `bridge`, `host`, `none` or `container:…`). */
export function isUserDefined(name: string): boolean {
  return !['default', 'bridge', 'host', 'none'].includes(name) && !name.startsWith('container:') && name !== 'container';
}

/** Settings with configuration from `config` and empty operational data (a stopped container's view). */
export function configuredSettings(config: EndpointConfig | null | undefined, networkId = ''): EndpointSettings {
  const c = config ?? {};
  return {
    IPAMConfig: c.IPAMConfig ?? null,
    Links: c.Links ?? null,
    Aliases: c.Aliases ?? null,
    MacAddress: '',
    DriverOpts: c.DriverOpts ?? null,
    GwPriority: c.GwPriority ?? 0,
    NetworkID: networkId || (c.NetworkID ?? ''),
    EndpointID: '',
    Gateway: '',
    IPAddress: '',
    IPPrefixLen: 0,
    IPv6Gateway: '',
    GlobalIPv6Address: '',
    GlobalIPv6PrefixLen: 0,
    DNSNames: c.DNSNames ?? null,
  };
}

/** Clears what only a running endpoint has (moby `cleanOperationalData`). */
export function withoutOperationalData(settings: EndpointSettings): EndpointSettings {
  return { ...settings, EndpointID: '', Gateway: '', IPAddress: '', IPPrefixLen: 0, IPv6Gateway: '', GlobalIPv6Address: '', GlobalIPv6PrefixLen: 0, MacAddress: '' };
}

/** The DNS names of an endpoint: container name, aliases, short id, hostname, deduplicated (`buildEndpointDNSNames`). */
export function endpointDNSNames(container: { readonly id: string; readonly name: string; readonly hostname: string }, aliases: readonly string[] | null | undefined): string[] {
  const names = [container.name, ...(aliases ?? []), container.id.slice(0, 12), container.hostname].filter((n) => n !== '');
  return [...new Set(names)];
}

/** Validates an endpoint's settings for `network` (named `networkName`); throws Docker's 400. */
export function validateEndpointSettings(network: NetworkRecord | undefined, networkName: string, config: EndpointConfig | null | undefined): void {
  if (!config) return;
  const ipam = config.IPAMConfig ?? {};
  const errs: string[] = [];
  if (!isUserDefined(networkName)) {
    if (ipam.IPv4Address || ipam.IPv6Address) errs.push(E.ipOnPredefined);
    if ((config.Aliases ?? []).length > 0) errs.push(E.aliasOnPredefined);
  }
  const v4 = ipam.IPv4Address ?? '';
  if (v4 !== '' && (looksLikeIPv6(v4) || parseIPv4(v4) === undefined)) errs.push(E.invalidIPv4(v4));
  const v6 = ipam.IPv6Address ?? '';
  if (v6 !== '' && !looksLikeIPv6(v6)) errs.push(E.invalidIPv6(v6));
  if (network && v4 !== '' && parseIPv4(v4) !== undefined) {
    const err = staticAddressError(network, parseIPv4(v4)!, v4);
    if (err) errs.push(err);
  }
  if (config.MacAddress && !isMacAddress(config.MacAddress)) throw invalidMacAddress(config.MacAddress);
  if (errs.length > 0) throw invalidEndpointSettings(errs);
}

/** Why a static IPv4 address cannot be used on `network`, if it cannot (`validateEndpointIPAddress`). */
function staticAddressError(network: NetworkRecord, addr: number, text: string): string | undefined {
  const statics = network.internal.pools.filter((p) => p.static);
  if (statics.length === 0) return E.ipWithoutSubnet;
  const inside = statics.some((p) => contains(parsePrefix(p.range ?? p.subnet)!, addr));
  return inside ? undefined : E.ipOutOfSubnets(text);
}
