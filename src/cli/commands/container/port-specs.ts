/**
 * @module
 * `-p/--publish` and `--expose` as docker/cli reads them: the long syntax
 * (`published=8080,target=80`) converted to the short one, then go-connections' `nat.ParsePortSpecs`
 * (`[ip:][hostPort:]containerPort[/proto]`, ranges, IPv6 in brackets) with its error texts, and
 * `--expose` ports and ranges merged in. The result is the create body's `ExposedPorts` and
 * `HostConfig.PortBindings`.
 */
import type { PortBinding } from '../../../container/host-config.js';
import { canonicalIp } from '../../grammar/validators.js';

/** `ExposedPorts` and `PortBindings` of a create body. */
export interface PortSpecs {
  readonly exposed: { [port: string]: Record<string, never> };
  readonly bindings: { [port: string]: PortBinding[] };
}

/** Go `strconv.ParseUint(s, 10, 16)`. */
function uint16(text: string): number | undefined {
  return /^[0-9]+$/.test(text) && Number(text) <= 65535 ? Number(text) : undefined;
}

/** `nat.ParsePortRange`: `80` or `8000-8010`. */
export function parsePortRange(text: string): { readonly start: number; readonly end: number } | undefined {
  if (text === '') return undefined;
  if (!text.includes('-')) {
    const p = uint16(text);
    return p === undefined ? undefined : { start: p, end: p };
  }
  const parts = text.split('-');
  const start = uint16(parts[0]!);
  const end = uint16(parts[1]!);
  if (start === undefined || end === undefined || end < start) return undefined;
  return { start, end };
}

/** `nat.SplitProtoPort`: `80/udp` → udp, 80; no protocol is tcp. */
export function splitProtoPort(raw: string): { readonly proto: string; readonly port: string } {
  const parts = raw.split('/');
  if (raw === '' || parts[0] === '') return { proto: '', port: '' };
  if (parts.length === 1) return { proto: 'tcp', port: raw };
  if (parts[1] === '') return { proto: 'tcp', port: parts[0]! };
  return { proto: parts[1]!, port: parts[0]! };
}

function splitParts(raw: string): [string, string, string] {
  const parts = raw.split(':');
  const n = parts.length;
  const container = parts[n - 1]!;
  if (n === 1) return ['', '', container];
  if (n === 2) return ['', parts[0]!, container];
  if (n === 3) return [parts[0]!, parts[1]!, container];
  return [parts.slice(0, n - 2).join(':'), parts[n - 2]!, container];
}

/** `nat.ParsePortSpec`: one spec into (port, binding) pairs. */
function parsePortSpec(raw: string): { port: string; binding: PortBinding }[] {
  const [rawIp, hostPort, rawContainer] = splitParts(raw);
  const { proto, port: containerPort } = splitProtoPort(rawContainer);
  let ip = rawIp;
  if (ip !== '' && ip[0] === '[') {
    if (!ip.endsWith(']') || ip.indexOf(']') !== ip.length - 1) throw new Error(`invalid IP address ${ip}: address ${ip}:: missing ']' in address`);
    ip = ip.slice(1, -1);
  }
  if (ip !== '' && canonicalIp(ip) === undefined) throw new Error(`invalid IP address: ${ip}`);
  if (containerPort === '') throw new Error(`no port specified: ${raw}<empty>`);
  const container = parsePortRange(containerPort);
  if (!container) throw new Error(`invalid containerPort: ${containerPort}`);
  let host = { start: 0, end: 0 };
  if (hostPort !== '') {
    const parsed = parsePortRange(hostPort);
    if (!parsed) throw new Error(`invalid hostPort: ${hostPort}`);
    host = parsed;
  }
  if (hostPort !== '' && container.end - container.start !== host.end - host.start && container.end !== container.start) {
    throw new Error(`invalid ranges specified for container and host Ports: ${containerPort} and ${hostPort}`);
  }
  const protocol = proto.toLowerCase();
  if (!['tcp', 'udp', 'sctp'].includes(protocol)) throw new Error(`invalid proto: ${proto}`);
  const out: { port: string; binding: PortBinding }[] = [];
  for (let i = 0; i <= container.end - container.start; i++) {
    let published = hostPort === '' ? '' : String(host.start + i);
    // One container port and a host range: the range is where the daemon picks a free port.
    if (container.start === container.end && host.start !== host.end) published = `${published}-${host.end}`;
    out.push({ port: `${container.start + i}/${protocol}`, binding: { HostIp: ip, HostPort: published } });
  }
  return out;
}

/** docker/cli `convertToStandardNotation`: `published=8080,target=80[,protocol=udp]` → `8080:80/udp`. */
export function toStandardNotation(specs: readonly string[]): string[] {
  return specs.map((spec) => {
    if (!spec.includes('=')) return spec;
    const params: { [key: string]: string } = { protocol: 'tcp' };
    for (const param of spec.split(',')) {
      const eq = param.indexOf('=');
      if (eq <= 0) throw new Error(`invalid publish opts format (should be name=value but got '${param}')`);
      params[param.slice(0, eq)] = param.slice(eq + 1);
    }
    return `${params['published'] ?? ''}:${params['target'] ?? ''}/${params['protocol']}`;
  });
}

/** `-p` values and `--expose` values → the create body's ports. */
export function parsePorts(publish: readonly string[], expose: readonly string[]): PortSpecs {
  const exposed: PortSpecs['exposed'] = {};
  const bindings: PortSpecs['bindings'] = {};
  for (const spec of toStandardNotation(publish)) {
    for (const { port, binding } of parsePortSpec(spec)) {
      exposed[port] = {};
      (bindings[port] ??= []).push(binding);
    }
  }
  for (const e of expose) {
    if (e.includes(':')) throw new Error(`invalid port format for --expose: ${e}`);
    const { proto, port } = splitProtoPort(e);
    const range = parsePortRange(port);
    if (!range) throw new Error(`invalid range format for --expose: ${e}, error: ${exposeRangeError(port)}`);
    for (let p = range.start; p <= range.end; p++) exposed[`${p}/${proto}`] ??= {};
  }
  return { exposed, bindings };
}

/** The Go error text `nat.ParsePortRange` gives for a bad `--expose` value. */
function exposeRangeError(port: string): string {
  if (port === '') return 'empty string specified for ports';
  const parts = port.includes('-') ? port.split('-') : [port];
  for (const part of parts.slice(0, 2)) {
    if (uint16(part) === undefined) {
      const reason = /^[0-9]+$/.test(part) ? 'value out of range' : 'invalid syntax';
      return `strconv.ParseUint: parsing ${JSON.stringify(part)}: ${reason}`;
    }
  }
  return `invalid range specified for port: ${port}`;
}
