/**
 * @module
 * Port specifications as the Engine API carries them (`go-connections/nat`): container ports as
 * `80/tcp` keys of `ExposedPorts` and `PortBindings`, host ports as `"8080"`, `"8000-8010"` or `""`
 * (any).
 */
/** The transport protocols Docker publishes. */
export type Protocol = 'tcp' | 'udp' | 'sctp';

/** One host binding of a container port (Engine API `PortBinding`). */
export interface PortBinding {
  readonly HostIp: string;
  readonly HostPort: string;
}

/** Bindings by container port (`80/tcp` → bindings; `null` for exposed-only in `NetworkSettings.Ports`). */
export type PortMap = { readonly [port: string]: readonly PortBinding[] | null };

/** A container port: number and protocol. */
export interface ContainerPort {
  readonly port: number;
  readonly proto: Protocol;
}

/** Splits `80/tcp` (protocol defaults to tcp) as `nat.SplitProtoPort`. */
export function splitProtoPort(text: string): { readonly proto: string; readonly port: string } {
  const slash = text.indexOf('/');
  if (slash < 0) return { proto: 'tcp', port: text };
  return { proto: text.slice(slash + 1) || 'tcp', port: text.slice(0, slash) };
}

/** Parses a port or range (`8080`, `8000-8010`); `undefined` if invalid (`nat.ParsePortRange`). */
export function parsePortRange(text: string): { readonly start: number; readonly end: number } | undefined {
  if (text === '') return undefined;
  const m = /^(\d+)(?:-(\d+))?$/.exec(text);
  if (!m) return undefined;
  const start = Number(m[1]);
  const end = m[2] === undefined ? start : Number(m[2]);
  if (start > 65535 || end > 65535 || end < start) return undefined;
  return { start, end };
}

/** Parses a container port key (`80/tcp`); `undefined` if it is not a valid single port. */
export function parseContainerPort(key: string): ContainerPort | undefined {
  const { proto, port } = splitProtoPort(key);
  const range = parsePortRange(port);
  if (!range || range.start !== range.end || !['tcp', 'udp', 'sctp'].includes(proto.toLowerCase())) return undefined;
  return { port: range.start, proto: proto.toLowerCase() as Protocol };
}

/** `nat.Port` string of a container port. */
export function portKey(port: ContainerPort): string {
  return `${port.port}/${port.proto}`;
}

/**
 * go-connections' `nat.splitParts`: `[ip:][hostPort:]containerPort[/proto]` into (ip, host port,
 * container port); an IPv6 address keeps its colons (everything before the last two parts).
 */
export function splitPortSpecParts(raw: string): [string, string, string] {
  const parts = raw.split(':');
  const n = parts.length;
  const container = parts[n - 1]!;
  if (n === 1) return ['', '', container];
  if (n === 2) return ['', parts[0]!, container];
  if (n === 3) return [parts[0]!, parts[1]!, container];
  return [parts.slice(0, n - 2).join(':'), parts[n - 2]!, container];
}
