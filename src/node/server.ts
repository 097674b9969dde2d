/**
 * @module
 * `startServer`: a simulated Docker daemon on a unix socket and/or loopback TCP, speaking the
 * Engine API v1.50, so the real docker CLI, dockerode and anything that reads `DOCKER_HOST` can
 * drive a dockersim world:
 *
 * ```ts
 * const server = await startServer({ seed: 1 });
 * const docker = new Docker({ socketPath: server.socketPath });
 * // … then: await server.close();
 * ```
 *
 * The server owns no behaviour: it binds the Web-standard engine handler to sockets, flushes
 * streaming answers as they come, serves hijacked connections, and never lets a bad request or a
 * vanished client take the process down.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Duplex } from 'node:stream';
import { createHttpClient } from '../client/http-client.js';
import type { DockerClient } from '../client/docker-client.js';
import type { FetchLike } from '../client/http/transport.js';
import { claimHijack } from '../client/wire/hijack.js';
import type { Seed } from '../core/random.js';
import { createEngineHandler, type EngineHandler, type EngineHandlerOptions } from '../engine-api/handler.js';
import { errorResponse } from '../engine-api/respond.js';
import { createWorld, type World } from '../world/world.js';
import { toWebRequest, writeResponse } from './bridge.js';
import { serveHijackWithoutUpgrade, serveUpgrade } from './hijack.js';
import { isLoopback, listenTcp, listenUnix, parseTcpAddress, type TcpAddress } from './listen.js';
import { connectionFetch, unixSocketFetch } from './unix-fetch.js';

/** Options of {@link startServer}. */
export interface StartServerOptions extends EngineHandlerOptions {
  /** The world to serve; default a new world from `seed`, its clock following the wall clock. */
  readonly world?: World;
  /** Seed of the world created when none is given; default 0. */
  readonly seed?: Seed;
  /** Unix socket to listen on; default a fresh one in a temporary directory (when `tcp` is not given). */
  readonly socketPath?: string;
  /** TCP address to listen on, `127.0.0.1:2375` (port 0 picks a free one). */
  readonly tcp?: string;
  /** Allow a non-loopback TCP address (anyone who can reach it controls the daemon); default false. */
  readonly allowRemote?: boolean;
  /** Virtual time speed for a world created here (virtual ms per wall ms); default 1. */
  readonly speed?: number;
  /** Serve this handler instead of the world's (tests, custom routes). */
  readonly handler?: EngineHandler;
  /** Where warnings go; default `console.warn`. */
  readonly warn?: (message: string) => void;
}

/** A running server. */
export interface EngineServer {
  /** The world being served. */
  readonly world: World;
  /** The unix socket, if listening on one. */
  readonly socketPath: string | undefined;
  /** The TCP address, if listening on one. */
  readonly tcp: TcpAddress | undefined;
  /** What to put in `DOCKER_HOST`: `unix:///…` (preferred) or `tcp://host:port`. */
  readonly dockerHost: string;
  /** The base URL of requests: `http://localhost` on a unix socket, `http://host:port` on TCP. */
  readonly url: string;
  /** A `fetch` that reaches this server (over the unix socket when there is one). */
  readonly fetch: FetchLike;
  /** A typed client of the served daemon, over the socket. */
  client(): DockerClient;
  /** Stops listening, ends every open connection, removes the socket; disposes a world it created. */
  close(): Promise<void>;
}

/** Serves `handler` on one Node HTTP server; tracks connections so that close() ends them all. */
function httpServer(handler: EngineHandler): { server: Server; closeAll(): void } {
  const sockets = new Set<Duplex>();
  const track = (socket: Duplex) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  };
  const onRequest = async (req: IncomingMessage, res: ServerResponse) => {
    const gone = new AbortController();
    res.once('close', () => gone.abort());
    try {
      const response = await handler(toWebRequest(req), { signal: gone.signal });
      const hijack = claimHijack(response);
      if (hijack) await serveHijackWithoutUpgrade(hijack, response, req.socket);
      else await writeResponse(res, response, req.method ?? 'GET');
    } catch (error) {
      // The handler answers errors itself; reaching here means the request could not even be read.
      if (!res.headersSent) await writeResponse(res, errorResponse(error), 'GET').catch(() => undefined);
      else res.destroy();
    }
  };
  const server = createServer((req, res) => void onRequest(req, res));
  server.on('connection', (socket: Socket) => {
    track(socket);
    socket.on('error', () => undefined);
  });
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Uint8Array) => {
    track(socket);
    serveUpgrade(handler, req, socket, head).catch(() => socket.destroy());
  });
  server.on('clientError', (_error, socket: Duplex) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n\r\n400 Bad Request');
    else socket.destroy();
  });
  // Streams (events, wait, logs) stay open as long as the client wants.
  server.requestTimeout = 0;
  return {
    server,
    closeAll: () => {
      for (const socket of sockets) socket.destroy();
    },
  };
}

/** A world whose clock follows the wall clock from now, as a real daemon's would. */
export function wallClockWorld(seed: Seed, speed = 1): World {
  return createWorld({ seed, clock: { mode: 'realtime', start: Date.now(), speed } });
}

/** Starts a simulated daemon; see the module documentation. */
export async function startServer(options: StartServerOptions = {}): Promise<EngineServer> {
  const warn = options.warn ?? ((message: string) => console.warn(message));
  const ownWorld = options.world === undefined;
  const world = options.world ?? wallClockWorld(options.seed ?? 0, options.speed);
  const handler = options.handler ?? createEngineHandler(world, options);
  const tcpAddress = options.tcp === undefined ? undefined : parseTcpAddress(options.tcp);
  if (tcpAddress && !isLoopback(tcpAddress.host)) {
    if (!options.allowRemote) throw new Error(`refusing to listen on ${options.tcp}: not a loopback address, and remote access was not allowed (allowRemote, or --allow-remote)`);
    warn(`WARNING: listening on ${options.tcp} without TLS: anyone who can reach this address controls the simulated daemon.`);
  }
  let tempDir: string | undefined;
  let socketPath = options.socketPath;
  if (socketPath === undefined && tcpAddress === undefined) {
    tempDir = mkdtempSync(join(tmpdir(), 'dockersim-'));
    socketPath = join(tempDir, 'docker.sock');
  }
  const servers: { server: Server; closeAll(): void }[] = [];
  const close = async () => {
    await Promise.all(
      servers.map(
        ({ server, closeAll }) =>
          new Promise<void>((resolve) => {
            server.close(() => resolve());
            closeAll();
          }),
      ),
    );
    if (socketPath !== undefined) rmSync(socketPath, { force: true });
    if (tempDir !== undefined) rmSync(tempDir, { recursive: true, force: true });
    if (ownWorld) world.dispose();
  };
  let tcp: TcpAddress | undefined;
  try {
    if (socketPath !== undefined) {
      const unix = httpServer(handler);
      servers.push(unix);
      await listenUnix(unix.server, socketPath);
    }
    if (tcpAddress !== undefined) {
      const net = httpServer(handler);
      servers.push(net);
      tcp = await listenTcp(net.server, tcpAddress);
    }
  } catch (error) {
    await close();
    throw error;
  }
  const tcpUrl = tcp && `http://${tcp.host.includes(':') ? `[${tcp.host}]` : tcp.host}:${tcp.port}`;
  const url = socketPath !== undefined ? 'http://localhost' : tcpUrl!;
  const fetch: FetchLike = socketPath !== undefined ? unixSocketFetch(socketPath) : connectionFetch(tcp!);
  return {
    world,
    socketPath,
    tcp,
    dockerHost: socketPath !== undefined ? `unix://${socketPath}` : `tcp://${tcpUrl!.slice('http://'.length)}`,
    url,
    fetch,
    client: () => createHttpClient({ fetch, baseUrl: url }),
    close,
  };
}
