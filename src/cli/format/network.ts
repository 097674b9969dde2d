/**
 * @module
 * `docker network ls` output (docker/cli `network/formatter.go`, `list.go`): networks in natural
 * name order, `NETWORK ID NAME DRIVER SCOPE`, `-q`, `raw`, `json` and templates over ID, Name, Driver, Scope, IPv4, IPv6, Internal,
 * Labels, Label and CreatedAt.
 */
import { shortId } from '../../core/ids.js';
import type { NetworkInspect } from '../../network/record.js';
import { parseTimestamp } from '../../core/time.js';
import { goTimeString } from './go-time.js';
import { byNaturalName } from './natural-sort.js';
import { DEFAULT_QUIET_FORMAT, joinLabels, RAW_FORMAT_KEY, rowContext, TABLE_FORMAT_KEY, writeRows, type HeaderMap } from './formatter.js';

/** What `docker network ls` reads of a network (Engine API `Network`). */
export type NetworkSummary = NetworkInspect;

const HEADER: HeaderMap = {
  ID: 'NETWORK ID',
  Name: 'NAME',
  Driver: 'DRIVER',
  Scope: 'SCOPE',
  IPv4: 'IPV4',
  IPv6: 'IPV6',
  Internal: 'INTERNAL',
  Labels: 'LABELS',
  CreatedAt: 'CREATED AT',
};

/** `network.NewFormat`. */
export function networkFormat(source: string, quiet: boolean): string {
  if (source === TABLE_FORMAT_KEY) return quiet ? DEFAULT_QUIET_FORMAT : 'table {{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.Scope}}';
  if (source === RAW_FORMAT_KEY) return quiet ? 'network_id: {{.ID}}' : 'network_id: {{.ID}}\\nname: {{.Name}}\\ndriver: {{.Driver}}\\nscope: {{.Scope}}\\n';
  return source;
}

/** What `docker network ls` prints. */
export function formatNetworks(networks: readonly NetworkSummary[], options: { readonly format?: string; readonly quiet?: boolean; readonly trunc?: boolean } = {}): string {
  const trunc = options.trunc ?? true;
  // docker sorts networks by name (natural order) before printing them.
  const rows = [...networks].sort(byNaturalName((n) => n.Name)).map((n) =>
    rowContext('*network.networkContext', {
      ID: () => (trunc ? shortId(n.Id) : n.Id),
      Name: () => n.Name,
      Driver: () => n.Driver,
      Scope: () => n.Scope,
      IPv4: () => String(n.EnableIPv4 ?? false),
      IPv6: () => String(n.EnableIPv6 ?? false),
      Internal: () => String(n.Internal ?? false),
      Labels: () => joinLabels(n.Labels),
      Label: (name: string) => n.Labels?.[name] ?? '',
      CreatedAt: () => goTimeString(parseTimestamp(n.Created) ?? Date.UTC(1, 0, 1), Number(/\.\d{3}(\d{0,6})/.exec(n.Created)?.[1]?.padEnd(6, '0') ?? 0)),
    }),
  );
  return writeRows(networkFormat(options.format || TABLE_FORMAT_KEY, options.quiet ?? false), HEADER, rows);
}
