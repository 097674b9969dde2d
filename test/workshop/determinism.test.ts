/**
 * The workshop is deterministic: two worlds with the same seed, driven by the same calls, show
 * the same logs, item ids, mysql output and timings; another seed gives other ids.
 */
import { describe, expect, it } from 'vitest';
import { appFiles, cloneOnHost } from './fixture.js';
import { workshop } from './helpers.js';

async function observe(seed: number) {
  const w = workshop(seed);
  cloneOnHost(w.world, '/home/me/app');
  for await (const _ of w.docker.imageBuild({ files: appFiles() }, { tags: ['getting-started'] })) void _;
  await w.pull('mysql:8.0');
  await w.docker.networkCreate({ Name: 'todo-app' });
  const mysql = await w.run('mysql:8.0', { network: 'todo-app', aliases: ['mysql'], env: ['MYSQL_ROOT_PASSWORD=secret', 'MYSQL_DATABASE=todos'] });
  const app = await w.run('getting-started', { network: 'todo-app', ports: { '3000/tcp': '3000' }, env: ['MYSQL_HOST=mysql', 'MYSQL_USER=root', 'MYSQL_PASSWORD=secret', 'MYSQL_DB=todos'] });
  await w.settle(15_000);
  const added = [];
  for (const name of ['one', 'two', 'three']) added.push((await w.http('http://localhost:3000/items', { method: 'POST', body: JSON.stringify({ name }) })).body);
  const rows = await w.exec(mysql, ['mysql', '-psecret', 'todos', '-e', 'select * from todo_items']);
  return { app: await w.logs(app), mysql: await w.logs(mysql), added, rows, now: w.world.clock.now() };
}

describe('workshop determinism', () => {
  it('same seed, same observations; another seed, other ids', async () => {
    const a = await observe(42);
    const b = await observe(42);
    expect(b).toEqual(a);
    expect(a.app).toContain('Connected to mysql db at host mysql\nListening on port 3000\n');
    const c = await observe(43);
    expect(c.added).not.toEqual(a.added);
  });
});
