/**
 * @module
 * EXPOSE port specs as the classic builder reads them (moby `dispatchers.go` `parsePortSpec`,
 * from go-connections `nat`): `80`, `80/udp`, `8000-8010/tcp`, even `127.0.0.1:8080:80` (only the
 * container side is exposed); protocol `tcp` by default, and `tcp`, `udp` or `sctp` only.
 */
import { invalidArgument } from '../../core/messages/index.js';
import type { DockerError } from '../../core/errors.js';

function portRange(text: string): [number, number] | undefined {
  const m = /^(\d+)(?:-(\d+))?$/.exec(text);
  if (m === null) return undefined;
  const start = Number(m[1]);
  const end = m[2] === undefined ? start : Number(m[2]);
  if (start > 65535 || end > 65535 || end < start) return undefined;
  return [start, end];
}

function fail(message: string): DockerError {
  return invalidArgument(message);
}

/** The `port/proto` keys a port spec exposes; throws Docker's error for a bad spec. */
export function exposedPortKeys(spec: string): string[] {
  const parts = spec.split(':');
  const container = parts[parts.length - 1]!;
  const host = parts.length >= 2 ? parts[parts.length - 2]! : '';
  const slash = container.indexOf('/');
  const port = slash < 0 ? container : container.slice(0, slash);
  if (port === '') throw fail(`no port specified: ${spec}<empty>`);
  const proto = (slash < 0 || container.slice(slash + 1) === '' ? 'tcp' : container.slice(slash + 1)).toLowerCase();
  if (proto !== 'tcp' && proto !== 'udp' && proto !== 'sctp') throw fail(`invalid proto: ${proto}`);
  const range = portRange(port);
  if (range === undefined) throw fail(`invalid containerPort: ${port}`);
  if (host !== '') {
    const hostRange = portRange(host);
    if (hostRange === undefined) throw fail(`invalid hostPort: ${host}`);
    if (range[1] - range[0] !== hostRange[1] - hostRange[0] && range[0] !== range[1]) {
      throw fail(`invalid ranges specified for container and host Ports: ${port} and ${host}`);
    }
  }
  const keys: string[] = [];
  for (let p = range[0]; p <= range[1]; p++) keys.push(`${p}/${proto}`);
  return keys;
}
