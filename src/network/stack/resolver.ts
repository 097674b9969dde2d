/**
 * @module
 * Name resolution inside a container, as Docker sets it up: `/etc/hosts` first (localhost, the
 * container's own hostname, legacy `--link` entries on the default bridge, `--add-host`), then the
 * embedded DNS server at 127.0.0.11 on user-defined networks — container names, `--network-alias`
 * names, short ids and hostnames of containers on a shared network (`name.network` too), plus
 * network-scoped links — and otherwise the host's resolver, which knows no container names. The
 * default bridge has no embedded DNS, so containers there do not find each other by name.
 */
import { NetError } from '../../programs/types.js';
import { isUserDefined } from '../endpoint-settings.js';
import { dnsKey } from '../endpoint.js';
import { formatIPv4, parseIPv4 } from '../ip.js';
import type { EndpointRecord } from '../record.js';
import type { NetworkSlice, SandboxRecord } from '../state.js';

/** The embedded DNS server's address. */
export const EMBEDDED_DNS = '127.0.0.11';

/** The TTL, in seconds, of the embedded DNS server's answers (for `dig`/`nslookup`-style tools). */
export const EMBEDDED_DNS_TTL = 600;

/** The upstream resolver containers on the default bridge use (Docker's fallback when the host's is local). */
export const HOST_NAMESERVER = '8.8.8.8';

/** `name` or `name:alias` of a link. */
function splitLink(link: string): { readonly target: string; readonly alias: string } {
  const clean = link.replace(/^\//, '');
  const colon = clean.indexOf(':');
  if (colon < 0) return { target: clean, alias: clean };
  return { target: clean.slice(0, colon), alias: clean.slice(colon + 1).replace(/^.*\//, '') };
}

/** The endpoints of a sandbox, in join order. */
export function sandboxEndpoints(slice: NetworkSlice, sandbox: SandboxRecord): EndpointRecord[] {
  const out: EndpointRecord[] = [];
  for (const id of sandbox.networks) {
    const ep = slice.endpoints.get(id)?.get(sandbox.containerId);
    if (ep) out.push(ep);
  }
  return out;
}

function endpointNamed(slice: NetworkSlice, networkId: string, containerName: string): EndpointRecord | undefined {
  const table = slice.endpoints.get(networkId);
  if (!table) return undefined;
  for (const ep of table.values()) if (ep.Name === containerName) return ep;
  return undefined;
}

/** The `/etc/hosts` entries of a sandbox: `[ip, names…]` rows, as Docker writes them. */
export function hostsEntries(slice: NetworkSlice, sandbox: SandboxRecord): [string, ...string[]][] {
  const rows: [string, ...string[]][] = [];
  const eps = sandboxEndpoints(slice, sandbox).filter((ep) => ep.ip >= 0);
  const bridge = [...slice.networks.values()].find((n) => n.Name === 'bridge');
  if (bridge && eps.some((ep) => ep.networkId === bridge.Id)) {
    for (const link of sandbox.links) {
      const { target, alias } = splitLink(link);
      const ep = endpointNamed(slice, bridge.Id, target);
      if (ep) rows.push(alias === target ? [formatIPv4(ep.ip), target] : [formatIPv4(ep.ip), alias, target]);
    }
  }
  for (const extra of sandbox.extraHosts) {
    const sep = extra.indexOf(':') >= 0 && !extra.includes('=') ? extra.indexOf(':') : extra.indexOf('=');
    if (sep > 0) rows.push([extra.slice(sep + 1), extra.slice(0, sep)]);
  }
  if (eps[0] && sandbox.hostname) rows.push([formatIPv4(eps[0].ip), sandbox.hostname]);
  return rows;
}

/** True when the sandbox uses the embedded DNS server (it is on a user-defined network). */
export function usesEmbeddedDns(slice: NetworkSlice, sandbox: SandboxRecord): boolean {
  return sandbox.networks.some((id) => {
    const n = slice.networks.get(id);
    return n !== undefined && isUserDefined(n.Name);
  });
}

function embeddedLookup(slice: NetworkSlice, sandbox: SandboxRecord, name: string): string[] {
  const lower = name.toLowerCase().replace(/\.$/, '');
  for (const ep of sandboxEndpoints(slice, sandbox)) {
    const network = slice.networks.get(ep.networkId);
    if (!network || !isUserDefined(network.Name)) continue;
    for (const link of ep.links) {
      const { target, alias } = splitLink(link);
      if (alias.toLowerCase() === lower || target.toLowerCase() === lower) {
        const found = endpointNamed(slice, network.Id, target);
        if (found && found.ip >= 0) return [formatIPv4(found.ip)];
      }
    }
    const suffix = `.${network.Name.toLowerCase()}`;
    const bare = lower.endsWith(suffix) ? lower.slice(0, -suffix.length) : lower;
    const answers = slice.dnsRecords.get(dnsKey(network.Id, bare));
    if (answers && answers.length > 0) return answers.map((a) => a.ip);
  }
  return [];
}

/**
 * Resolves `name` for the sandbox (`undefined`: the host itself). Throws a {@link NetError}:
 * ENOTFOUND when no one knows the name (`EAI_AGAIN` wording when the container has no network).
 */
export function resolveName(slice: NetworkSlice, sandbox: SandboxRecord | undefined, name: string): string[] {
  if (parseIPv4(name) !== undefined) return [name];
  const lower = name.toLowerCase();
  if (lower === 'localhost' || lower === 'localhost.') return ['127.0.0.1'];
  if (!sandbox) throw new NetError('ENOTFOUND', `getaddrinfo ENOTFOUND ${name}`);
  for (const [ip, ...names] of hostsEntries(slice, sandbox)) if (names.some((n) => n.toLowerCase() === lower)) return [ip];
  if (sandbox.mode === 'host') throw new NetError('ENOTFOUND', `getaddrinfo ENOTFOUND ${name}`);
  if (sandbox.networks.length === 0 || sandbox.mode === 'none') throw new NetError('ENOTFOUND', `getaddrinfo EAI_AGAIN ${name}`);
  if (usesEmbeddedDns(slice, sandbox)) {
    const found = embeddedLookup(slice, sandbox, name);
    if (found.length > 0) return found;
  }
  throw new NetError('ENOTFOUND', `getaddrinfo ENOTFOUND ${name}`);
}
