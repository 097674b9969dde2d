/**
 * The Engine API server's own cost. Each request is measured against a bare `node:http` server on
 * another unix socket that answers the same bytes (recorded from dockersim), so the ratio is what
 * routing, the version window, the model call and the Web Request/Response bridge add. The real
 * docker CLI's `docker version` is measured the same way: dockersim vs the bare server. Container
 * routes: `GET /containers/json` (ten containers on the host) and a hello-world cycle of
 * create + wait + start + delete, each against the bare server replaying the recorded answers;
 * and `docker run --rm hello-world` through the real CLI against its own `docker version`.
 */
import { execFile } from 'node:child_process';
import { Agent, createServer, request, type Server } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, bench, describe } from 'vitest';
import { createEngineHandler } from '../src/engine-api/handler.js';
import { startServer, type EngineServer } from '../src/node/server.js';

interface Recorded {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: Buffer;
}

const agent = new Agent({ keepAlive: true, maxSockets: 1 });
// A wait stays open while the start goes out, so it needs its own connection (as the CLI's has).
const waitAgent = new Agent({ keepAlive: true, maxSockets: 1 });
const dir = mkdtempSync(join(tmpdir(), 'dockersim-bench-'));
const bareSocket = join(dir, 'bare.sock');
const PATHS = ['/_ping', '/v1.50/version', '/v1.50/info'] as const;
const recorded = new Map<string, Recorded>();
let server: EngineServer;
let bare: Server;

/** Sends a request; resolves once the answer's headers are in, with a promise of the whole answer. */
function send(socketPath: string, path: string, method = 'GET', body?: string, via = agent): Promise<{ answer: Promise<Recorded> }> {
  return new Promise((resolve, reject) => {
    const headers = body === undefined ? {} : { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)) };
    const req = request({ socketPath, path, method, agent: via, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      const answer = new Promise<Recorded>((done) => res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers as Record<string, string>, body: Buffer.concat(chunks) })));
      resolve({ answer });
    });
    req.once('error', reject);
    req.end(body);
  });
}

async function get(socketPath: string, path: string, method = 'GET', body?: string): Promise<Recorded> {
  return (await send(socketPath, path, method, body)).answer;
}

const CREATE_BODY = JSON.stringify({ Image: 'hello-world', AttachStdout: true, AttachStderr: true, HostConfig: {} });

/** One hello-world cycle as the CLI runs it (minus attach): create, wait for the exit, start, delete. */
async function cycle(socketPath: string): Promise<void> {
  const created = await get(socketPath, '/v1.50/containers/create', 'POST', CREATE_BODY);
  const id = (JSON.parse(created.body.toString()) as { Id: string }).Id;
  // As the CLI does: start only once the wait's headers say the daemon is waiting.
  const { answer: waited } = await send(socketPath, `/v1.50/containers/${id}/wait?condition=next-exit`, 'POST', undefined, waitAgent);
  await get(socketPath, `/v1.50/containers/${id}/start`, 'POST');
  await waited;
  await get(socketPath, `/v1.50/containers/${id}`, 'DELETE');
}

/** The bare server's key for a request: method and path, with container ids made generic. */
function key(method: string, url: string): string {
  return `${method} ${url.replace(/[0-9a-f]{64}/, '{id}')}`;
}

function cli(socketPath: string, args: readonly string[] = ['version']): Promise<void> {
  return new Promise((resolve, reject) =>
    execFile('docker', [...args], { env: { PATH: process.env['PATH'] ?? '', DOCKER_HOST: `unix://${socketPath}`, DOCKER_CONFIG: dir, HOME: dir } }, (error) =>
      error ? reject(error) : resolve(),
    ),
  );
}

beforeAll(async () => {
  server = await startServer({ seed: 1 });
  const docker = server.client();
  for await (const _ of docker.imagePull({ fromImage: 'hello-world', tag: 'latest' }));
  for (let i = 0; i < 10; i++) await docker.containerCreate({ Image: 'hello-world' });
  for (const path of PATHS) recorded.set(path, await get(server.socketPath!, path));
  recorded.set('HEAD /_ping', await get(server.socketPath!, '/_ping', 'HEAD'));
  recorded.set('/v1.50/containers/json?all=1', await get(server.socketPath!, '/v1.50/containers/json?all=1'));
  // One cycle's answers, replayed by the bare server for every cycle.
  const created = await get(server.socketPath!, '/v1.50/containers/create', 'POST', CREATE_BODY);
  const id = (JSON.parse(created.body.toString()) as { Id: string }).Id;
  recorded.set(key('POST', '/v1.50/containers/create'), created);
  const { answer: waited } = await send(server.socketPath!, `/v1.50/containers/${id}/wait?condition=next-exit`, 'POST', undefined, waitAgent);
  recorded.set(key('POST', `/v1.50/containers/${id}/start`), await get(server.socketPath!, `/v1.50/containers/${id}/start`, 'POST'));
  recorded.set(key('POST', `/v1.50/containers/${id}/wait?condition=next-exit`), await waited);
  recorded.set(key('DELETE', `/v1.50/containers/${id}`), await get(server.socketPath!, `/v1.50/containers/${id}`, 'DELETE'));
  bare = createServer((req, res) => {
    req.resume();
    const answer = req.method === 'HEAD' ? recorded.get('HEAD /_ping') : (recorded.get(req.url ?? '') ?? recorded.get(key(req.method ?? 'GET', req.url ?? '')));
    if (!answer) return res.writeHead(404).end();
    res.writeHead(answer.status, answer.headers);
    res.end(req.method === 'HEAD' ? undefined : answer.body);
  });
  await new Promise<void>((resolve) => bare.listen(bareSocket, resolve));
});

afterAll(async () => {
  agent.destroy();
  waitAgent.destroy();
  await server.close();
  await new Promise<void>((resolve) => bare.close(() => resolve()));
});

const opts = { time: 1500, warmupTime: 300 };

describe('engine api over a unix socket', () => {
  for (const path of ['/v1.50/version', '/v1.50/info'] as const) {
    bench(`dockersim GET ${path}`, async () => void (await get(server.socketPath!, path)), opts);
    bench(`bare node:http GET ${path}`, async () => void (await get(bareSocket, path)), opts);
  }
});

describe('container routes over a unix socket', () => {
  bench('dockersim GET /containers/json', async () => void (await get(server.socketPath!, '/v1.50/containers/json?all=1')), opts);
  bench('bare node:http GET /containers/json', async () => void (await get(bareSocket, '/v1.50/containers/json?all=1')), opts);
  bench('dockersim create+wait+start+delete', () => cycle(server.socketPath!), opts);
  bench('bare node:http create+wait+start+delete', () => cycle(bareSocket), opts);
});

describe('engine api in-process', () => {
  let handle: ReturnType<typeof createEngineHandler> | undefined;
  bench('handler GET /v1.50/info', async () => {
    handle ??= createEngineHandler(server.world);
    await (await handle(new Request('http://localhost/v1.50/info'))).arrayBuffer();
  }, opts);
  bench('client systemInfo', async () => void (await server.world.client().systemInfo()), opts);
});

describe('docker CLI', () => {
  bench('docker version via dockersim', () => cli(server.socketPath!), { time: 3000, warmupTime: 300, iterations: 10 });
  bench('docker version via a bare server (same bytes)', () => cli(bareSocket), { time: 3000, warmupTime: 300, iterations: 10 });
  bench('docker run --rm hello-world via dockersim', () => cli(server.socketPath!, ['run', '--rm', 'hello-world']), { time: 3000, warmupTime: 300, iterations: 10 });
  bench('docker version via dockersim (for run)', () => cli(server.socketPath!), { time: 3000, warmupTime: 300, iterations: 10 });
});
