import { describe, expect, it } from 'vitest';
import { isDockerError } from '../core/errors.js';
import { createEngineHandler } from '../engine-api/handler.js';
import { createWorld } from '../world/world.js';
import { createHttpClient } from './http-client.js';

describe('HTTP client', () => {
  it('sends requests the way the docker CLI does', async () => {
    const seen: string[] = [];
    const world = createWorld({ seed: 4 });
    const handler = createEngineHandler(world);
    const docker = createHttpClient({
      fetch: (request) => {
        seen.push(`${request.method} ${request.url}`);
        return handler(request);
      },
    });
    expect(await docker.systemPing()).toBe('OK');
    await docker.systemInfo();
    const t = world.clock.now();
    for await (const _ of docker.systemEvents({ since: t - 1500, until: t, filters: { type: ['container'], event: [] } })) void _;
    expect(seen).toEqual([
      'GET http://api.moby.localhost/_ping',
      'GET http://api.moby.localhost/v1.50/info',
      `GET http://api.moby.localhost/v1.50/events?since=${(t - 1500) / 1000 - 0.5}.500000000&until=${t / 1000}&filters=%7B%22type%22%3A%7B%22container%22%3Atrue%7D%7D`,
    ]);
  });

  it('uses unversioned paths when asked (dockerode) and another base URL', async () => {
    const urls: string[] = [];
    const docker = createHttpClient({
      apiVersion: null,
      baseUrl: 'http://127.0.0.1:2375/',
      fetch: async (request) => (urls.push(request.url), new Response('{}', { headers: { 'Content-Type': 'application/json' } })),
    });
    await docker.systemVersion();
    expect(urls).toEqual(['http://127.0.0.1:2375/version']);
  });

  it("throws the daemon's error with its kind", async () => {
    const docker = createHttpClient({ apiVersion: '1.51', fetch: createEngineHandler(createWorld()) });
    const error = await docker.systemInfo().catch((e: unknown) => e);
    expect(isDockerError(error, 'InvalidParameter') && error.message).toBe('client version 1.51 is too new. Maximum supported API version is 1.50');
  });

  it('surfaces a stream error on the first next(), and an abort ends the stream quietly', async () => {
    const world = createWorld();
    const docker = createHttpClient({ fetch: createEngineHandler(world) });
    const bad = docker.systemEvents({ since: 2000, until: 1000 });
    await expect(bad[Symbol.asyncIterator]().next()).rejects.toThrow('`since` time (2) cannot be after `until` time (1)');
    const stop = new AbortController();
    const events = docker.systemEvents({ signal: stop.signal })[Symbol.asyncIterator]();
    const next = events.next();
    stop.abort();
    expect(await next).toEqual({ value: undefined, done: true });
  });
});
