/**
 * @module
 * The short syntax of a published port (`8080:80`, `127.0.0.1:3000:3000`, `9090-9091:8080-8081/udp`,
 * `80`), parsed as compose-go's `types.ParsePortConfig` over go-connections' `nat.ParsePortSpec`,
 * messages included. See https://docs.docker.com/reference/compose-file/services/#ports.
 */
import type { Dict } from './dict.js';
import { isIP } from '../go/net.js';
import { splitPortSpecParts } from '../../network/ports/port-spec.js';

/** A malformed port spec. */
export class PortSpecError extends Error {}

const PROTOCOLS = new Set(['tcp', 'udp', 'sctp']);

/** go-connections `ParsePortRange`: `80` or `8000-8010`, each a 16-bit number. */
function portRange(text: string): [number, number] | undefined {
  const parse = (s: string | undefined): number | undefined => (s !== undefined && /^[0-9]+$/.test(s) && Number(s) <= 65535 ? Number(s) : undefined);
  if (text === '') return undefined;
  if (!text.includes('-')) {
    const p = parse(text);
    return p === undefined ? undefined : [p, p];
  }
  const [a, b] = text.split('-');
  const start = parse(a);
  const end = parse(b);
  return start === undefined || end === undefined || end < start ? undefined : [start, end];
}

function splitProto(raw: string): [string, string] {
  const parts = raw.split('/');
  if (raw === '' || parts[0] === '') return ['', ''];
  if (parts.length === 1 || parts[1] === '') return ['tcp', parts[0]!];
  return [parts[1]!, parts[0]!];
}

/** Parses a short port spec into long-syntax mappings, one per container port, sorted as compose does. */
export function parsePortSpec(raw: string): Dict[] {
  const [rawIP, hostPortText, containerText] = splitPortSpecParts(raw);
  const [proto, containerPort] = splitProto(containerText);
  let ip = rawIP;
  if (ip.startsWith('[') && ip.endsWith(']')) ip = ip.slice(1, -1);
  else if (ip.includes(':')) throw new PortSpecError(`Invalid ip address ${rawIP}: address ${rawIP}:: too many colons in address`);
  if (ip !== '' && !isIP(ip)) throw new PortSpecError(`Invalid ip address: ${ip}`);
  if (containerPort === '') throw new PortSpecError(`No port specified: ${raw}<empty>`);
  const container = portRange(containerPort);
  if (container === undefined) throw new PortSpecError(`Invalid containerPort: ${containerPort}`);
  let host: [number, number] = [0, 0];
  if (hostPortText !== '') {
    const parsed = portRange(hostPortText);
    if (parsed === undefined) throw new PortSpecError(`Invalid hostPort: ${hostPortText}`);
    host = parsed;
  }
  const [start, end] = container;
  if (hostPortText !== '' && end - start !== host[1] - host[0] && end !== start) {
    throw new PortSpecError(`Invalid ranges specified for container and host Ports: ${containerPort} and ${hostPortText}`);
  }
  if (!PROTOCOLS.has(proto.toLowerCase())) throw new PortSpecError(`Invalid proto: ${proto}`);
  const mappings: { key: string; port: Dict }[] = [];
  for (let i = 0; i <= end - start; i++) {
    let published = hostPortText === '' ? '' : String(host[0] + i);
    if (start === end && host[0] !== host[1]) published = `${published}-${host[1]}`;
    const port: Dict = { mode: 'ingress' };
    if (ip !== '') port.host_ip = ip;
    if (start + i !== 0) port.target = start + i;
    if (published !== '') port.published = published;
    port.protocol = proto.toLowerCase();
    mappings.push({ key: `${start + i}/${proto.toLowerCase()}`, port });
  }
  // compose-go sorts by the nat.Port key as text: "100/tcp" before "99/tcp"
  return mappings.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map((m) => m.port);
}
