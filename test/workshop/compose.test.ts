/**
 * Workshop step 7: the compose.yaml of fact sheet §9 brought up with the real programs — node's
 * entrypoint, yarn, nodemon, the todo app and mysql:8.0 — instead of stand-ins: the app waits
 * for the `mysql` service, connects, and its items survive `down`/`up` in the named volume.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDocker } from '../../src/cli/run-docker.js';
import { cloneOnHost } from './fixture.js';
import { workshop } from './helpers.js';

/** The workshop's compose.yaml, as fact sheet §9 step 7 gives it. */
const COMPOSE_YAML = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'workshop', 'compose.yaml'), 'utf8');

describe('workshop step 7: compose with the real programs', () => {
  it('up -d, the app connects to the mysql service, items persist across down and up', async () => {
    const w = workshop();
    const root = '/home/me/getting-started-app';
    cloneOnHost(w.world, root);
    w.world.host().fs.writeFile(`${root}/compose.yaml`, COMPOSE_YAML);
    const compose = (args: string) => runDocker(`docker compose ${args}`, { client: w.docker, host: { fs: w.world.host().fs, cwd: root }, now: () => w.world.clock.now() });
    expect((await compose('up -d')).exitCode).toBe(0);
    await w.settle(15_000);
    const logs = (await compose('logs app')).stdout;
    expect(logs).toContain('app-1  | $ nodemon -L src/index.js\n');
    expect(logs).toMatch(/app-1 {2}\| Waiting for mysql:3306\.+\napp-1 {2}\| Connected!\napp-1 {2}\| Connected to mysql db at host mysql\napp-1 {2}\| Listening on port 3000\n/);
    const added = await w.http('http://127.0.0.1:3000/items', { method: 'POST', body: JSON.stringify({ name: 'Compose it' }) });
    expect(JSON.parse(added.body)).toMatchObject({ name: 'Compose it', completed: false });

    expect((await compose('down')).exitCode).toBe(0);
    expect((await compose('up -d')).exitCode).toBe(0);
    await w.settle(15_000);
    expect((await compose('logs mysql')).stdout).not.toContain('Initializing database files');
    expect(JSON.parse((await w.http('http://127.0.0.1:3000/items')).body).map((i: { name: string }) => i.name)).toEqual(['Compose it']);
  });
});
