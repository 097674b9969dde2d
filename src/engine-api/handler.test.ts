import { describe, expect, it } from 'vitest';
import { DockerError } from '../core/errors.js';
import { createWorld } from '../world/world.js';
import { claimHijack, hijackResponse } from '../client/wire/hijack.js';
import { createEngineHandler } from './handler.js';
import { json } from './respond.js';
import { buildRoutes, customRoute, HANDLERS, ROUTES } from './routes.js';

const world = createWorld({ seed: 5 });
const handler = createEngineHandler(world);
const call = (method: string, path: string, init: RequestInit = {}) => handler(new Request(`http://api.moby.localhost${path}`, { method, ...init }));

const DAEMON_HEADERS = { 'api-version': '1.50', ostype: 'linux', server: 'Docker/28.2.2 (linux)' };

describe('engine handler', () => {
  it('answers HEAD and GET /_ping with the headers clients negotiate from (captured)', async () => {
    for (const method of ['HEAD', 'GET']) {
      const response = await call(method, '/_ping');
      expect(response.status).toBe(200);
      expect(Object.fromEntries(response.headers)).toEqual({
        ...DAEMON_HEADERS,
        'docker-experimental': 'false',
        'builder-version': '1',
        swarm: 'inactive',
        'cache-control': 'no-cache, no-store, must-revalidate',
        pragma: 'no-cache',
        'content-type': 'text/plain; charset=utf-8',
        'content-length': method === 'HEAD' ? '0' : '2',
      });
      expect(await response.text()).toBe(method === 'HEAD' ? '' : 'OK');
    }
  });

  it.each(['', '/v1.24', '/v1.41', '/v1.50', '/v1.50.0'])('accepts %s as a path version', async (prefix) => {
    const response = await call('GET', `${prefix}/version`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/json');
    expect(await response.json()).toMatchObject({ ApiVersion: '1.50', MinAPIVersion: '1.24', Version: '28.2.2' });
  });

  it.each([
    ['GET', '/v1.51/version', 400, 'application/json', '{"message":"client version 1.51 is too new. Maximum supported API version is 1.50"}\n'],
    ['GET', '/v1.24.1/info', 200, 'application/json', undefined],
    ['GET', '/v1.23/info', 400, 'text/plain; charset=utf-8', 'client version 1.23 is too old. Minimum supported API version is 1.24, please upgrade your client to a newer version\n'],
    ['GET', '/v1.12/_ping', 400, 'text/plain; charset=utf-8', 'client version 1.12 is too old. Minimum supported API version is 1.24, please upgrade your client to a newer version\n'],
    ['GET', '/nope', 404, 'application/json', '{"message":"page not found"}\n'],
    ['GET', '/v1.51/nope', 404, 'application/json', '{"message":"page not found"}\n'],
    ['POST', '/version', 404, 'application/json', '{"message":"page not found"}\n'],
    ['HEAD', '/version', 404, 'application/json', '{"message":"page not found"}\n'],
    ['GET', '/services', 501, 'application/json', '{"message":"Swarm mode is not supported by dockersim"}\n'],
    ['GET', '/v1.50/plugins/x/json', 501, 'application/json', '{"message":"Plugin management is not supported by dockersim"}\n'],
  ])('%s %s → %i %s', async (method, path, status, contentType, body) => {
    const response = await call(method, path);
    expect(response.status).toBe(status);
    expect(response.headers.get('Content-Type')).toBe(contentType);
    if (body !== undefined) expect(await response.text()).toBe(body);
  });

  it('stamps routed answers with the daemon headers, Docker-Experimental only once the version is accepted', async () => {
    const tooNew = await call('GET', '/v1.51/info');
    expect(tooNew.headers.get('Api-Version')).toBe('1.50');
    expect(tooNew.headers.get('Server')).toBe('Docker/28.2.2 (linux)');
    expect(tooNew.headers.has('Docker-Experimental')).toBe(false);
    const unrouted = await call('GET', '/nope');
    expect(unrouted.headers.has('Api-Version')).toBe(false);
    const info = await call('GET', '/info');
    expect(info.headers.get('Docker-Experimental')).toBe('false');
  });

  it('answers a pending operation 501 naming it, and an OPTIONS preflight 200 on any path', async () => {
    // Every operation is served today: take one away to see how a pending one answers.
    const { VolumeList: _served, ...handlers } = HANDLERS;
    const pending = buildRoutes(handlers).find((r) => r.status === 'pending')!;
    expect(pending.operationId).toBe('VolumeList');
    const partial = createEngineHandler(world, { routes: buildRoutes(handlers) });
    const path = pending.path.replace(/\{[^}]+\}/g, 'x');
    const response = await partial(new Request(`http://api.moby.localhost${path}`, { method: pending.method }));
    expect(response.status).toBe(501);
    expect(await response.json()).toEqual({ message: `${pending.operationId} (${pending.method} ${pending.path}) is not implemented by dockersim yet` });
    expect((await call('OPTIONS', '/v1.50/containers/x/json')).status).toBe(200);
  });

  it('ignores unknown query keys', async () => {
    expect((await call('GET', '/info?bogus=1&all=true')).status).toBe(200);
  });

  it('answers 500 with the message when an operation fails unexpectedly, and 304 with no body', async () => {
    const routes = [
      ...buildRoutes(),
      customRoute('Broken', 'GET', '/broken', () => {
        throw new TypeError('boom');
      }),
      customRoute('Started', 'POST', '/started', () => {
        throw new DockerError('NotModified', 'container already started');
      }),
    ];
    const custom = createEngineHandler(world, { routes });
    const broken = await custom(new Request('http://x/broken'));
    expect(broken.status).toBe(500);
    expect(await broken.json()).toEqual({ message: 'boom' });
    const started = await custom(new Request('http://x/started', { method: 'POST' }));
    expect(started.status).toBe(304);
    expect(started.headers.get('Content-Type')).toBe('application/json');
    expect(await started.text()).toBe('');
  });

  it('serves one host of a world, or a host, or a daemon', async () => {
    const two = createWorld({ seed: 1, hosts: ['ci'] });
    const info = async (h: ReturnType<typeof createEngineHandler>) => ((await (await h(new Request('http://x/info'))).json()) as { Name: string }).Name;
    expect(await info(createEngineHandler(two, { host: 'ci' }))).toBe('ci');
    expect(await info(createEngineHandler(two.host('ci')))).toBe('ci');
    expect(await info(createEngineHandler(two.host().daemon))).toBe('dockersim');
  });

  it('passes a hijacked exchange through with the daemon headers', async () => {
    const routes = [
      ...buildRoutes(),
      customRoute('Echo', 'POST', '/echo', () =>
        hijackResponse({ mediaType: 'application/vnd.docker.raw-stream', run: async (io) => io.write(new TextEncoder().encode('hi')) }, {}),
      ),
    ];
    const response = await createEngineHandler(world, { routes })(new Request('http://x/v1.50/echo', { method: 'POST' }));
    expect(response.headers.get('Api-Version')).toBe('1.50');
    expect(claimHijack(response)?.mediaType).toBe('application/vnd.docker.raw-stream');
  });

  it('serializes JSON as Go does: newline-terminated, line separators escaped', async () => {
    expect(await json({ a: 'x\u2028<y>' }).text()).toBe('{"a":"x\\u2028<y>"}\n');
  });
});
