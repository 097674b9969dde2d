/**
 * The getting-started workshop's compose.yaml (fact sheet §9 step 7) under Compose. The real
 * node/yarn/mysql programs belong to the programs layer; until they land, clearly named stand-ins
 * (`standInMysql`, `standInNode`, `standInYarn`) play them: MySQL keeps todo items in its data
 * directory, the app reaches it by the service name `mysql` and serves them on port 3000.
 */
import { describe, expect, it } from 'vitest';
import { runDocker } from '../../src/cli/run-docker.js';
import { bodyText, readRequest, StreamReader, writeResponse } from '../../src/network/http/codec.js';
import type { Program } from '../../src/programs/types.js';
import { createWorld, type World } from '../../src/world/world.js';

const COMPOSE_YAML = `services:
  app:
    image: node:18-alpine
    command: sh -c "yarn install && yarn run dev"
    ports:
      - 127.0.0.1:3000:3000
    working_dir: /app
    volumes:
      - ./:/app
    environment:
      MYSQL_HOST: mysql
      MYSQL_USER: root
      MYSQL_PASSWORD: secret
      MYSQL_DB: todos

  mysql:
    image: mysql:8.0
    volumes:
      - todo-mysql-data:/var/lib/mysql
    environment:
      MYSQL_ROOT_PASSWORD: secret
      MYSQL_DATABASE: todos

volumes:
  todo-mysql-data:
`;

const text = (b: Uint8Array | null) => (b ? new TextDecoder().decode(b) : '');

/** Stand-in for mysqld: one line per connection, `ADD item` or `LIST`, items in /var/lib/mysql/todos. */
const standInMysql: Program = async (ctx) => {
  ctx.stdout.write('[Server] /usr/sbin/mysqld: ready for connections. port: 3306\n');
  const listener = ctx.net.listen(3306);
  for (;;) {
    const socket = await listener.accept();
    if (!socket) return 0;
    const line = (await socket.readLine()) ?? '';
    const file = '/var/lib/mysql/todos';
    const items = ctx.fs.exists(file) ? text(ctx.fs.readFile(file)) : '';
    if (line.startsWith('ADD ')) ctx.fs.writeFile(file, `${items}${line.slice(4)}\n`);
    socket.write(ctx.fs.exists(file) ? text(ctx.fs.readFile(file)) : '');
    socket.end();
  }
};

/** Stand-in for node's docker-entrypoint.sh: `exec "$@"`. */
const standInNode: Program = async (ctx) => ctx.execve(ctx.argv.slice(1));

/** Stand-in for yarn: `install` succeeds; `run dev` is the todo app talking to $MYSQL_HOST:3306. */
const standInYarn: Program = async (ctx) => {
  if (ctx.argv[1] === 'install') {
    ctx.stdout.write('yarn install v1.22.22\nDone in 0.01s.\n');
    return 0;
  }
  const host = ctx.env['MYSQL_HOST'] ?? 'localhost';
  const ask = async (line: string) => {
    const socket = await ctx.net.connect(host, 3306);
    socket.write(`${line}\n`);
    const reply = text(await socket.readAll());
    socket.close();
    return reply;
  };
  await ask('LIST');
  ctx.stdout.write(`Connected to mysql db at host ${host}\nListening on port 3000\n`);
  const listener = ctx.net.listen(3000);
  for (;;) {
    const socket = await listener.accept();
    if (!socket) return 0;
    const request = await readRequest(new StreamReader(socket));
    const items = await ask(request?.method === 'POST' ? `ADD ${bodyText(request)}` : 'LIST');
    writeResponse(socket, { status: 200, body: items });
    socket.end();
  }
};

function workshop(): { world: World; compose: (args: string) => ReturnType<typeof runDocker> } {
  const world = createWorld({ seed: 8 });
  world.programs.define('docker-entrypoint-mysql', standInMysql).define('docker-entrypoint-node', standInNode).define('yarn', standInYarn);
  const fs = world.host().fs;
  fs.mkdir('/home/me/app/src', { recursive: true });
  fs.writeFile('/home/me/app/package.json', '{"name":"101-app"}\n');
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
    expect((await compose('up -d')).exitCode).toBe(0);
    await world.clock.hold(world.clock.sleep(2000));
    const logs = await compose('logs app');
    expect(logs.stdout).toContain('app-1  | Connected to mysql db at host mysql\n');
    expect(text((await world.host().request('http://127.0.0.1:3000/items', { method: 'POST', body: 'milk' })).body)).toBe('milk\n');
    const down = await compose('down');
    expect(down.stderr).not.toContain('Volume');
    expect((await world.client().volumeList()).Volumes.map((v) => v.Name)).toContain('app_todo-mysql-data');
    expect((await compose('up -d')).exitCode).toBe(0);
    await world.clock.hold(world.clock.sleep(2000));
    expect(text((await world.host().request('http://127.0.0.1:3000/items')).body)).toBe('milk\n');
    const downV = await compose('down -v');
    expect(downV.stderr).toContain(' Volume app_todo-mysql-data  Removed\n');
    expect((await world.client().volumeList()).Volumes.map((v) => v.Name)).not.toContain('app_todo-mysql-data');
    expect((await compose('down')).stderr).toBe('Warning: No resource found to remove for project "app".\n');
  });
});
