/** The vitest pattern docs/serve.md shows: a simulated daemon for the file, found through DOCKER_HOST. */
import Docker from 'dockerode';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer, type EngineServer } from 'dockersim/node';

let server: EngineServer;
const previous = process.env['DOCKER_HOST'];
beforeAll(async () => {
  server = await startServer({ seed: 1 });
  process.env['DOCKER_HOST'] = server.dockerHost; // for anything that reads DOCKER_HOST
});
afterAll(async () => {
  await server.close();
  if (previous === undefined) delete process.env['DOCKER_HOST'];
  else process.env['DOCKER_HOST'] = previous;
});

it('talks to a simulated daemon', async () => {
  expect(String(await new Docker().ping())).toBe('OK');
  expect((await new Docker().info()).ID).toBe(server.world.host().state.id);
});
