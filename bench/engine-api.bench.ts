/**
 * The Engine API server's own cost. Each request is measured against a bare `node:http` server on
 * another unix socket that answers the same bytes (recorded from dockersim), so the ratio is what
 * routing, the version window, the model call and the Web Request/Response bridge add. The real
 * docker CLI's `docker version` is measured the same way: dockersim vs the bare server.
 * (Container routes — GET /containers/json, create+start+wait+delete — join when they exist.)
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
const dir = mkdtempSync(join(tmpdir(), 'dockersim-bench-'));
const bareSocket = join(dir, 'bare.sock');
const PATHS = ['/_ping', '/v1.50/version', '/v1.50/info'] as const;
const recorded = new Map<string, Recorded>();
let server: EngineServer;
let bare: Server;

function get(socketPath: string, path: string, method = 'GET'): Promise<Recorded> {
  return new Promise((resolve, reject) => {
    const req = request({ socketPath, path, method, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers as Record<string, string>, body: Buffer.concat(chunks) }));
    });
    req.once('error', reject);
    req.end();
  });
}

function cli(socketPath: string): Promise<void> {
  return new Promise((resolve, reject) =>
    execFile('docker', ['version'], { env: { PATH: process.env['PATH'] ?? '', DOCKER_HOST: `unix://${socketPath}`, DOCKER_CONFIG: dir, HOME: dir } }, (error) =>
      error ? reject(error) : resolve(),
    ),
  );
}

beforeAll(async () => {
  server = await startServer({ seed: 1 });
  for (const path of PATHS) recorded.set(path, await get(server.socketPath!, path));
  recorded.set('HEAD /_ping', await get(server.socketPath!, '/_ping', 'HEAD'));
  bare = createServer((req, res) => {
    const answer = req.method === 'HEAD' ? recorded.get('HEAD /_ping') : recorded.get(req.url ?? '');
    if (!answer) return res.writeHead(404).end();
    res.writeHead(answer.status, answer.headers);
    res.end(req.method === 'HEAD' ? undefined : answer.body);
  });
  await new Promise<void>((resolve) => bare.listen(bareSocket, resolve));
});

afterAll(async () => {
  agent.destroy();
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
});
