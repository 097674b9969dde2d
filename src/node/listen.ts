/**
 * @module
 * Where the daemon listens: a unix socket (a stale socket file left by a crashed run is replaced,
 * a live one is refused) or a TCP address, loopback unless the caller insists.
 */
import { lstatSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { connect, isIP } from 'node:net';

/** A TCP address. */
export interface TcpAddress {
  readonly host: string;
  readonly port: number;
}

/** Parses `127.0.0.1:2375`, `[::1]:2375`, `localhost:0` or `tcp://…`. */
export function parseTcpAddress(text: string): TcpAddress {
  const bare = text.replace(/^tcp:\/\//, '');
  const m = /^(?:\[([^\]]+)\]|([^:]+)):(\d{1,5})$/.exec(bare);
  const port = m ? Number(m[3]) : NaN;
  if (!m || port > 65535) throw new Error(`invalid TCP address ${JSON.stringify(text)}: expected HOST:PORT, e.g. 127.0.0.1:2375`);
  return { host: m[1] ?? m[2]!, port };
}

/** True for addresses only this machine can reach: 127.0.0.0/8, ::1, localhost. */
export function isLoopback(host: string): boolean {
  if (host === 'localhost' || host === '::1') return true;
  return isIP(host) === 4 && host.startsWith('127.');
}

/** True when something accepts connections on the unix socket `path`. */
function socketAlive(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = connect(path);
    probe.once('connect', () => {
      probe.destroy();
      resolve(true);
    });
    probe.once('error', () => resolve(false));
  });
}

function listening(server: Server, listen: () => void): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.once('listening', () => {
      server.off('error', reject);
      resolve();
    });
    listen();
  });
}

/** Listens on the unix socket `path`. */
export async function listenUnix(server: Server, path: string): Promise<void> {
  let existing: ReturnType<typeof lstatSync> | undefined;
  try {
    existing = lstatSync(path);
  } catch {
    existing = undefined;
  }
  if (existing) {
    if (!existing.isSocket()) throw new Error(`cannot listen on ${path}: a file that is not a socket is in the way`);
    if (await socketAlive(path)) throw new Error(`cannot listen on ${path}: another daemon is listening there`);
    rmSync(path, { force: true });
  }
  await listening(server, () => server.listen(path));
}

/** Listens on a TCP address; resolves to the address actually bound (port 0 → a free port). */
export async function listenTcp(server: Server, address: TcpAddress): Promise<TcpAddress> {
  await listening(server, () => server.listen(address.port, address.host));
  const bound = server.address();
  return typeof bound === 'object' && bound !== null ? { host: address.host, port: bound.port } : address;
}
