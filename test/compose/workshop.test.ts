/**
 * The getting-started workshop's compose.yaml (fact sheet §9 step 7) under Compose, with the real
 * programs (node's entrypoint, yarn, nodemon, the todo app, mysql:8.0): Compose's output and
 * labels, the app reaching MySQL by the service name `mysql`, items surviving down/up in the
 * named volume, and down -v removing it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDocker } from '../../src/cli/run-docker.js';
import { createWorld, type World } from '../../src/world/world.js';
import { cloneOnHost } from '../workshop/fixture.js';

/** The workshop's compose.yaml, as fact sheet §9 step 7 gives it. */
const COMPOSE_YAML = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'workshop', 'compose.yaml'), 'utf8');

function workshop(): { world: World; compose: (args: string) => ReturnType<typeof runDocker> } {
  const world = createWorld({ seed: 8 });
  const fs = world.host().fs;
  cloneOnHost(world, '/home/me/app');
  fs.writeFile('/home/me/app/compose.yaml', COMPOSE_YAML);
  const compose = (args: string) => runDocker(`docker compose ${args}`, { client: world.client(), host: { fs, cwd: '/home/me/app' }, now: () => world.clock.now() });
  return { world, compose };
}

describe("the workshop's compose.yaml", () => {
  it('up -d creates the network, the volume and both containers, as Compose prints it', async () => {
    const { world, compose } = workshop();
    const up = await compose('up -d');
    expect(up.exitCode).toBe(0);
    const lines = up.stderr.split('\n').filter((l) => !/^ [0-9a-f]{12} |Pull/.test(l) || / (app|mysql) Pull/.test(l));
    expect(lines.filter((l) => l.startsWith(' Network') || l.startsWith(' Volume') || l.startsWith(' Container'))).toEqual([
      ' Network app_default  Creating',
      ' Network app_default  Created',
      ' Volume "app_todo-mysql-data"  Creating',
      ' Volume "app_todo-mysql-data"  Created',
      ' Container app-app-1  Creating',
      ' Container app-mysql-1  Creating',
      ' Container app-app-1  Created',
      ' Container app-mysql-1  Created',
      ' Container app-app-1  Starting',
      ' Container app-mysql-1  Starting',
      ' Container app-app-1  Started',
      ' Container app-mysql-1  Started',
    ]);
    expect(up.stderr).toContain(' app Pulling \n');
    expect(up.stderr).toContain(' mysql Pulled \n');
    const docker = world.client();
    const app = await docker.containerInspect('app-app-1');
    expect(app.Config.Labels).toMatchObject({ 'com.docker.compose.project': 'app', 'com.docker.compose.service': 'app', 'com.docker.compose.container-number': '1', 'com.docker.compose.oneoff': 'False', 'com.docker.compose.project.working_dir': '/home/me/app', 'com.docker.compose.project.config_files': '/home/me/app/compose.yaml', 'com.docker.compose.depends_on': '' });
    expect(app.NetworkSettings.Networks['app_default']?.Aliases).toEqual(['app-app-1', 'app']);
    expect((await docker.volumeInspect('app_todo-mysql-data')).Labels).toMatchObject({ 'com.docker.compose.project': 'app', 'com.docker.compose.volume': 'todo-mysql-data' });
    expect((await docker.networkInspect('app_default')).Labels).toMatchObject({ 'com.docker.compose.project': 'app', 'com.docker.compose.network': 'default' });
  });

  it('the app reaches mysql by service name; items persist across down/up; down -v removes the volume', async () => {
    const { world, compose } = workshop();
    const settle = () => world.clock.hold(world.clock.sleep(15_000));
    const request = async (url: string, init?: { method: string; body: string }) => new TextDecoder().decode((await world.host().request(url, init)).body ?? new Uint8Array());
    expect((await compose('up -d')).exitCode).toBe(0);
    await settle();
    const logs = await compose('logs app');
    expect(logs.stdout).toContain('app-1  | Connected to mysql db at host mysql\n');
    expect(JSON.parse(await request('http://127.0.0.1:3000/items', { method: 'POST', body: JSON.stringify({ name: 'milk' }) }))).toMatchObject({ name: 'milk', completed: false });
    const down = await compose('down');
    expect(down.stderr).not.toContain('Volume');
    expect((await world.client().volumeList()).Volumes.map((v) => v.Name)).toContain('app_todo-mysql-data');
    expect((await compose('up -d')).exitCode).toBe(0);
    await settle();
    expect(JSON.parse(await request('http://127.0.0.1:3000/items')).map((i: { name: string }) => i.name)).toEqual(['milk']);
    const downV = await compose('down -v');
    expect(downV.stderr).toContain(' Volume app_todo-mysql-data  Removed\n');
    expect((await world.client().volumeList()).Volumes.map((v) => v.Name)).not.toContain('app_todo-mysql-data');
    expect((await compose('down')).stderr).toBe('Warning: No resource found to remove for project "app".\n');
  });
});
