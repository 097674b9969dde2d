/**
 * The Node server's machinery, proven with test-only routes: hijacked connections (upgrade with
 * the body read from the socket, stdin, half-close; the non-upgrade variant), headers flushed
 * before a slow body, body limits, bad requests, shutdown, and where it may listen.
 */
import { createServer } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hijackResponse, MULTIPLEXED_STREAM, type Hijack } from '../../src/client/wire/hijack.js';
import { HttpTransport } from '../../src/client/http/transport.js';
import { concat, decodeFrames, encodeFrame } from '../../src/client/wire/stdcopy.js';
import { buildRoutes, createEngineHandler, customRoute, json, laterJson, readJson, type Route } from '../../src/engine-api/index.js';
import { startServer, unixSocketFetch, type EngineServer } from '../../src/node/index.js';
import { createWorld } from '../../src/world/world.js';
import { rawConnect } from './raw.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** What the echo route saw. */
const seen: { body?: string; stdin: string[] } = { stdin: [] };
/** Releases the slow route's body. */
let release: () => void = () => {};

/** An exec-start-like exchange: greets on stdout, echoes stdin upper-cased on stderr, ends with stdin. */
const echo = (body: string): Hijack => ({
  mediaType: MULTIPLEXED_STREAM,
  async run(io) {
    seen.body = body;
    await io.write(encodeFrame(1, utf8('ready\n')));
    for await (const chunk of io.input) {
      const text = new TextDecoder().decode(chunk);
      seen.stdin.push(text);
      await io.write(encodeFrame(2, utf8(text.toUpperCase())));
    }
    await io.write(encodeFrame(1, utf8('bye\n')));
  },
});

const testRoutes: Route[] = [
  ...buildRoutes(),
  customRoute('Echo', 'POST', '/echo', async (ctx) => hijackResponse(echo(await ctx.request.text()), {})),
  // Like `wait`: the answer exists only once the container exits.
  customRoute('Slow', 'POST', '/slow', () => laterJson(new Promise((resolve) => (release = () => resolve({ StatusCode: 0, Error: null }))))),
  customRoute('Json', 'POST', '/json', async (ctx) => json(await readJson(ctx.request, ctx.limits.json))),
];

let server: EngineServer;
beforeAll(async () => {
  server = await startServer({ seed: 1, routes: testRoutes, limits: { json: 64 } });
});
afterAll(async () => {
  await server.close();
});

describe('hijacked connections over the unix socket', () => {
  it('upgrades: reads the body from the socket, answers 101 with the daemon headers, takes stdin until the half-close', async () => {
    seen.stdin = [];
    const body = '{"Detach":false,"Tty":false}';
    const conn = await rawConnect(
      server.socketPath!,
      `POST /v1.50/echo HTTP/1.1\r\nHost: api.moby.localhost\r\nConnection: Upgrade\r\nUpgrade: tcp\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}input-1`,
    );
    await conn.until('INPUT-1');
    conn.socket.write('and 2');
    await conn.until('AND 2');
    conn.socket.end(); // half-close: stdin is over, output continues
    const all = await conn.closed();
    const [head, rest] = [all.slice(0, all.indexOf('\r\n\r\n') + 4), all.slice(all.indexOf('\r\n\r\n') + 4)];
    expect(head.startsWith('HTTP/1.1 101 UPGRADED\r\nContent-Type: application/vnd.docker.multiplexed-stream\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n')).toBe(true);
    expect(head).toContain('Api-Version: 1.50\r\n');
    expect(head).toContain('Server: Docker/28.2.2 (linux)\r\n');
    expect(head).toContain('Docker-Experimental: false\r\n');
    expect(seen.body).toBe(body);
    expect(seen.stdin.join('')).toBe('input-1and 2');
    const frames = decodeFrames(Uint8Array.from(rest, (c) => c.charCodeAt(0))).map((f) => `${f.stream}:${new TextDecoder().decode(f.payload)}`);
    expect(frames.join('|')).toBe('1:ready\n|2:INPUT-1|2:AND 2|1:bye\n');
  });

  it('answers a client that does not upgrade with the daemon\'s bare 200 raw-stream and closes at the end', async () => {
    const conn = await rawConnect(server.socketPath!, 'POST /echo HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}');
    const all = await conn.closed();
    expect(all.startsWith('HTTP/1.1 200 OK\r\nContent-Type: application/vnd.docker.raw-stream\r\n')).toBe(true);
    expect(all).not.toMatch(/Content-Length|Transfer-Encoding/i);
    expect(all.endsWith(new TextDecoder('latin1').decode(encodeFrame(1, utf8('bye\n'))))).toBe(true);
  });

  it('gives the HTTP client the same exchange over the socket as in-process', async () => {
    const run = async (fetch: (r: Request) => Promise<Response>) => {
      const connection = await new HttpTransport({ fetch }).hijack('POST', '/echo', { json: {} });
      connection.write(utf8('hey'));
      connection.closeWrite();
      const output: Uint8Array[] = [];
      for await (const bytes of connection.output) output.push(bytes);
      const frames = decodeFrames(concat(...output)).map((f) => `${f.stream}:${new TextDecoder().decode(f.payload)}`);
      return { mediaType: connection.mediaType, frames };
    };
    const overSocket = await run(unixSocketFetch(server.socketPath!));
    const inProcess = await run(createEngineHandler(server.world, { routes: testRoutes }));
    expect(overSocket).toEqual({ mediaType: MULTIPLEXED_STREAM, frames: ['1:ready\n', '2:HEY', '1:bye\n'] });
    expect(inProcess).toEqual(overSocket);
  });

  it('falls back to the output alone where the transport cannot hijack (fetch over TCP)', async () => {
    const tcp = await startServer({ world: server.world, tcp: '127.0.0.1:0', routes: testRoutes });
    try {
      const connection = await new HttpTransport({ baseUrl: tcp.url }).hijack('POST', '/echo', { json: {} });
      connection.write(utf8('ignored'));
      const output: Uint8Array[] = [];
      for await (const bytes of connection.output) output.push(bytes);
      expect(connection.mediaType).toBe('application/vnd.docker.raw-stream');
      expect(decodeFrames(concat(...output)).map((f) => new TextDecoder().decode(f.payload))).toEqual(['ready\n', 'bye\n']);
    } finally {
      await tcp.close();
    }
  });
});

describe('the Node server', () => {
  it('flushes the headers of a streamed answer before its body exists (what `wait` needs)', async () => {
    const conn = await rawConnect(server.socketPath!, 'POST /v1.50/slow HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n');
    const head = await conn.until('\r\n\r\n');
    expect(head.startsWith('HTTP/1.1 200 OK\r\n')).toBe(true);
    expect(head).toContain('Content-Type: application/json\r\n');
    expect(head).not.toContain('StatusCode');
    release();
    expect(await conn.until('"StatusCode":0')).toContain('{"StatusCode":0,"Error":null}');
    conn.socket.destroy();
  });

  it('refuses a body over its limit with 413, declared or chunked, and keeps serving', async () => {
    const big = JSON.stringify({ x: 'y'.repeat(100) });
    const declared = await server.fetch(new Request('http://localhost/json', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: big }));
    expect(declared.status).toBe(413);
    expect(await declared.json()).toEqual({ message: 'request body is larger than the limit of 64B' });
    const conn = await rawConnect(
      server.socketPath!,
      `POST /json HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n${big.length.toString(16)}\r\n${big}\r\n0\r\n\r\n`,
    );
    expect(await conn.until('\r\n\r\n')).toMatch(/^HTTP\/1\.1 413 Request Entity Too Large\r\n/);
    conn.socket.destroy();
    expect(await (await server.fetch(new Request('http://localhost/_ping'))).text()).toBe('OK');
  });

  it('answers garbage with 400 and bad JSON with moby\'s error, and stays up', async () => {
    const garbage = await rawConnect(server.socketPath!, 'NOT HTTP AT ALL\r\n\r\n');
    expect(await garbage.closed()).toMatch(/^HTTP\/1\.1 400 Bad Request/);
    const bad = await server.fetch(new Request('http://localhost/json', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{bad' }));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ message: "invalid JSON: invalid character 'b' looking for beginning of object key string" });
    const upgradeToNothing = await rawConnect(server.socketPath!, 'POST /nope HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: tcp\r\nContent-Length: 0\r\n\r\n');
    expect(await upgradeToNothing.closed()).toMatch(/^HTTP\/1\.1 404 Not Found\r\n[\s\S]*\{"message":"page not found"\}\n$/);
    expect(await server.client().systemPing()).toBe('OK');
  });

  it('survives clients that leave in the middle of a stream', async () => {
    for (let i = 0; i < 3; i++) {
      const conn = await rawConnect(server.socketPath!, 'GET /v1.50/events HTTP/1.1\r\nHost: x\r\n\r\n');
      await conn.until('\r\n\r\n');
      conn.socket.destroy();
    }
    expect(await server.client().systemPing()).toBe('OK');
  });
});

describe('startServer', () => {
  it('ends open streams and removes its socket on close', async () => {
    const own = await startServer({ seed: 2 });
    const conn = await rawConnect(own.socketPath!, 'GET /events HTTP/1.1\r\nHost: x\r\n\r\n');
    await conn.until('\r\n\r\n');
    await own.close();
    await conn.closed();
    expect(own.dockerHost).toBe(`unix://${own.socketPath}`);
    await expect(rawConnect(own.socketPath!, '')).rejects.toThrow(/ENOENT|ECONNREFUSED/);
  });

  it('serves loopback TCP, and a non-loopback address only when allowed (with a warning)', async () => {
    const tcp = await startServer({ seed: 3, tcp: '127.0.0.1:0' });
    expect(tcp.socketPath).toBeUndefined();
    expect(tcp.dockerHost).toBe(`tcp://127.0.0.1:${tcp.tcp!.port}`);
    expect(await tcp.client().systemPing()).toBe('OK');
    expect((await fetch(`${tcp.url}/v1.50/version`)).headers.get('Api-Version')).toBe('1.50');
    await tcp.close();
    await expect(startServer({ seed: 3, tcp: '0.0.0.0:0' })).rejects.toThrow('refusing to listen on 0.0.0.0:0: not a loopback address, and remote access was not allowed');
    const warnings: string[] = [];
    const open = await startServer({ seed: 3, tcp: '0.0.0.0:0', allowRemote: true, warn: (w) => warnings.push(w) });
    await open.close();
    expect(warnings).toEqual(['WARNING: listening on 0.0.0.0:0 without TLS: anyone who can reach this address controls the simulated daemon.']);
  });

  it('replaces a stale socket file but refuses a live one or a regular file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dockersim-test-'));
    const path = join(dir, 'd.sock');
    const stale = createServer();
    await new Promise<void>((resolve) => stale.listen(path, resolve));
    await expect(startServer({ seed: 1, socketPath: path })).rejects.toThrow('another daemon is listening there');
    // Closing a net server removes its socket file; leave one behind as a crashed daemon would.
    (stale as unknown as { _handle: { close(): void } | null })._handle?.close();
    const replaced = await startServer({ seed: 1, socketPath: path });
    expect(await replaced.client().systemPing()).toBe('OK');
    await replaced.close();
    writeFileSync(path, 'not a socket');
    await expect(startServer({ seed: 1, socketPath: path })).rejects.toThrow('a file that is not a socket is in the way');
  });

  it('serves a given world as it is, and the clock of a seeded one from the wall clock', async () => {
    const world = createWorld({ seed: 8 });
    const given = await startServer({ world });
    expect(world.clock.mode).toBe('auto');
    expect((await given.client().systemInfo()).ID).toBe((await world.client().systemInfo()).ID);
    await given.close();
    const seeded = await startServer({ seed: 8 });
    expect(seeded.world.clock.mode).toBe('realtime');
    expect(Math.abs(seeded.world.clock.now() - Date.now())).toBeLessThan(5_000);
    await seeded.close();
  });
});
