/**
 * dockerode 5 (docker-modem) against `startServer`: unversioned paths, `true`/`false` booleans,
 * its error shape `(HTTP code N) … - message` with `.statusCode` and `.json`.
 */
import Docker from 'dockerode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type EngineServer } from '../../src/node/index.js';

let server: EngineServer;
let docker: Docker;

beforeAll(async () => {
  server = await startServer({ seed: 12 });
  docker = new Docker({ socketPath: server.socketPath! });
});
afterAll(async () => {
  await server.close();
});

describe('dockerode against dockersim serve', () => {
  it('pings, and reads version and info', async () => {
    expect(String(await docker.ping())).toBe('OK');
    expect(await docker.version()).toMatchObject({ ApiVersion: '1.50', MinAPIVersion: '1.24', Version: '28.2.2', Os: 'linux' });
    const info = await docker.info();
    expect(info).toMatchObject({ Name: 'dockersim', ServerVersion: '28.2.2', Containers: 0 });
    expect(info.ID).toBe(server.world.host().state.id);
  });

  it('streams events with getEvents({since, until}) and ends at until', async () => {
    const ctx = server.world.host().daemon.ctx;
    ctx.commit(() => {}, [{ Type: 'volume', Action: 'create', id: 'myvol', attributes: { driver: 'local' } }]);
    const now = Math.floor(server.world.clock.now() / 1000);
    const stream = (await docker.getEvents({ since: now - 10, until: now + 1 })) as NodeJS.ReadableStream;
    let text = '';
    for await (const chunk of stream) text += String(chunk);
    const events = text.trim().split('\n').map((line) => JSON.parse(line) as { Type: string; Action: string; Actor: { ID: string } });
    expect(events.map((e) => `${e.Type} ${e.Action} ${e.Actor.ID}`)).toEqual(['volume create myvol']);
  });

  it('gets the daemon\'s errors with status and JSON body', async () => {
    const error = (await docker.listServices().catch((e: unknown) => e)) as { statusCode: number; json: unknown; message: string };
    expect(error.statusCode).toBe(501);
    expect(error.json).toEqual({ message: 'Swarm mode is not supported by dockersim' });
    const pinned = new Docker({ socketPath: server.socketPath!, version: 'v1.51' });
    const tooNew = (await pinned.version().catch((e: unknown) => e)) as { statusCode: number; json: unknown };
    expect(tooNew.statusCode).toBe(400);
    expect(tooNew.json).toEqual({ message: 'client version 1.51 is too new. Maximum supported API version is 1.50' });
  });
});
