/**
 * The getting-started workshop (fact sheet §9) end to end through the typed client, with the
 * real programs: the app built from its fixture and run by `node`, yarn and nodemon, mysql:8.0
 * on a user network, as a learner sees it at each step.
 */
import { describe, expect, it } from 'vitest';
import { appFiles, cloneOnHost } from './fixture.js';
import { workshop } from './helpers.js';

type Workshop = ReturnType<typeof workshop>;

async function buildApp(w: Workshop, files: { [path: string]: string }, tag = 'getting-started'): Promise<{ log: string; id: string | undefined }> {
  let log = '';
  let id: string | undefined;
  for await (const m of w.docker.imageBuild({ files }, { tags: [tag] })) {
    if (m.stream) log += m.stream;
    if (m.error) log += `ERROR ${m.error}`;
    if (m.aux) id = (m.aux as { ID: string }).ID;
  }
  return { log, id };
}

const items = async (w: Workshop) => JSON.parse((await w.http('http://localhost:3000/items')).body) as { id: string; name: string; completed: boolean }[];
const add = async (w: Workshop, name: string) => JSON.parse((await w.http('http://localhost:3000/items', { method: 'POST', body: JSON.stringify({ name }) })).body) as { id: string; name: string; completed: boolean };

describe('the getting-started workshop', () => {
  it('steps 1–2: build, run -p 3000:3000, use the app; a rebuilt image cannot take the port until the old container is removed', async () => {
    const w = workshop();
    const first = await buildApp(w, appFiles());
    expect(first.log).toContain('Step 4/6 : RUN yarn install --production\n');
    expect(first.log).toMatch(/yarn install v1\.22\.22\n\[1\/4\] Resolving packages\.\.\.\n\[2\/4\] Fetching packages\.\.\.\n\[3\/4\] Linking dependencies\.\.\.\n\[4\/4\] Building fresh packages\.\.\.\nDone in \d+\.\d\ds\.\n/);
    const old = await w.run('getting-started', { ports: { '3000/tcp': '3000' } });
    await w.settle(500);
    expect(await w.logs(old)).toBe('Using sqlite database at /etc/todos/todo.db\nListening on port 3000\n');

    const page = await w.http('http://localhost:3000/');
    expect(page.status).toBe(200);
    expect(page.type).toBe('text/html; charset=UTF-8');
    expect(page.body).toContain('<title>Todo App</title>');
    expect((await w.http('http://localhost:3000/js/app.js')).body).toContain('No items yet! Add one above!');
    expect(await w.http('http://localhost:3000/nope')).toMatchObject({ status: 404, body: expect.stringContaining('<pre>Cannot GET /nope</pre>') });

    const milk = await add(w, 'Buy milk');
    expect(milk).toEqual({ id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/), name: 'Buy milk', completed: false });
    const done = JSON.parse((await w.http(`http://localhost:3000/items/${milk.id}`, { method: 'PUT', body: JSON.stringify({ name: 'Buy milk', completed: true }) })).body);
    expect(done).toEqual({ ...milk, completed: true });
    await add(w, 'Walk the dog');
    expect((await items(w)).map((i) => [i.name, i.completed])).toEqual([['Buy milk', true], ['Walk the dog', false]]);
    expect(await w.http(`http://localhost:3000/items/${milk.id}`, { method: 'DELETE' })).toMatchObject({ status: 200, body: 'OK' });
    expect((await items(w)).map((i) => i.name)).toEqual(['Walk the dog']);

    // Step 2: edit the empty-list text, rebuild, run again while the old one holds the port.
    const files = appFiles();
    files['src/static/js/app.js'] = files['src/static/js/app.js']!.replace('No items yet! Add one above!', 'You have no todo items yet! Add one above!');
    await buildApp(w, files);
    const second = await w.docker.containerCreate({ Image: 'getting-started', ExposedPorts: { '3000/tcp': {} }, HostConfig: { PortBindings: { '3000/tcp': [{ HostIp: '', HostPort: '3000' }] } } });
    await expect(w.docker.containerStart(second.Id)).rejects.toThrow(/^failed to set up container networking: driver failed programming external connectivity on endpoint \w+ \([0-9a-f]{64}\): Bind for 0\.0\.0\.0:3000 failed: port is already allocated$/);
    expect((await w.docker.containerInspect(second.Id)).State.Status).toBe('created');
    await w.docker.containerDelete(old, { force: true });
    await w.docker.containerStart(second.Id);
    await w.settle(500);
    expect((await w.http('http://localhost:3000/js/app.js')).body).toContain('You have no todo items yet!');
    expect(await items(w)).toEqual([]);
  });

  it('step 4: a named volume on /etc/todos keeps the items across containers; docker stop is graceful (exit 0)', async () => {
    const w = workshop();
    await buildApp(w, appFiles());
    await w.docker.volumeCreate({ Name: 'todo-db' });
    const first = await w.run('getting-started', { ports: { '3000/tcp': '3000' }, binds: ['todo-db:/etc/todos'] });
    await w.settle(500);
    await add(w, 'Persist me');
    await w.world.clock.hold(w.docker.containerStop(first));
    expect((await w.docker.containerInspect(first)).State).toMatchObject({ Status: 'exited', ExitCode: 0 });
    await w.docker.containerDelete(first, { force: true });
    const second = await w.run('getting-started', { ports: { '3000/tcp': '3000' }, binds: ['todo-db:/etc/todos'] });
    await w.settle(500);
    expect((await items(w)).map((i) => i.name)).toEqual(['Persist me']);
    const db = await w.exec(second, ['head', '-c', '15', '/etc/todos/todo.db']);
    expect(db.stdout).toBe('SQLite format 3');
  });

  it('step 5: a bind mount and `yarn run dev` — nodemon restarts the app when a file is edited on the host', async () => {
    const w = workshop();
    cloneOnHost(w.world, '/home/me/getting-started-app');
    await w.pull('node:18-alpine');
    const id = await w.run('node:18-alpine', { ports: { '3000/tcp': '3000' }, workdir: '/app', binds: ['/home/me/getting-started-app:/app'], cmd: ['sh', '-c', 'yarn install && yarn run dev'] });
    await w.settle(10_000);
    const logs = await w.logs(id, 'stdout');
    expect(logs).toMatch(/^yarn install v1\.22\.22\n\[1\/4\] Resolving packages\.\.\.\n\[2\/4\] Fetching packages\.\.\.\n\[3\/4\] Linking dependencies\.\.\.\n\[4\/4\] Building fresh packages\.\.\.\nDone in \d+\.\d\ds\.\nyarn run v1\.22\.22\n/);
    expect(logs.slice(logs.indexOf('$ '))).toBe(
      '$ nodemon -L src/index.js\n[nodemon] 2.0.20\n[nodemon] to restart at any time, enter `rs`\n[nodemon] watching path(s): *.*\n[nodemon] watching extensions: js,mjs,json\n[nodemon] starting `node src/index.js`\nUsing sqlite database at /etc/todos/todo.db\nListening on port 3000\n',
    );
    const host = w.world.host().fs;
    expect(host.readFile('/home/me/getting-started-app/node_modules/.bin/nodemon')).toBeDefined();
    expect(new TextDecoder().decode(host.readFile('/home/me/getting-started-app/node_modules/nodemon/bin/nodemon.js'))).toBe('#!dockersim nodemon\n');

    // Static files are read per request: an edit on the host shows at once.
    const appJs = '/home/me/getting-started-app/src/static/js/app.js';
    host.writeFile(appJs, new TextDecoder().decode(host.readFile(appJs)).replace("'Add Item'", "'Add'"));
    expect((await w.http('http://localhost:3000/js/app.js')).body).toContain("'Add'");
    await w.settle(2000);
    expect((await w.logs(id, 'stdout')).endsWith('[nodemon] restarting due to changes...\n[nodemon] starting `node src/index.js`\nUsing sqlite database at /etc/todos/todo.db\nListening on port 3000\n')).toBe(true);
    expect((await w.http('http://localhost:3000/items')).body).toBe('[]');
  });

  it('step 6: mysql on a user network with an alias; the app waits for it, connects, and its items are rows of todo_items', async () => {
    const w = workshop();
    cloneOnHost(w.world, '/home/me/getting-started-app');
    await w.pull('mysql:8.0');
    await w.pull('node:18-alpine');
    await w.docker.networkCreate({ Name: 'todo-app' });
    const mysql = await w.run('mysql:8.0', { network: 'todo-app', aliases: ['mysql'], binds: ['todo-mysql-data:/var/lib/mysql'], env: ['MYSQL_ROOT_PASSWORD=secret', 'MYSQL_DATABASE=todos'] });
    const app = await w.run('node:18-alpine', {
      ports: { '3000/tcp': '3000' },
      workdir: '/app',
      binds: ['/home/me/getting-started-app:/app'],
      network: 'todo-app',
      env: ['MYSQL_HOST=mysql', 'MYSQL_USER=root', 'MYSQL_PASSWORD=secret', 'MYSQL_DB=todos'],
      cmd: ['sh', '-c', 'yarn install && yarn run dev'],
    });
    await w.settle(15_000);
    expect(await w.logs(mysql, 'stderr')).toContain("[System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '8.0.41'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL.\n");
    const logs = await w.logs(app, 'stdout');
    expect(logs).toMatch(/\[nodemon\] starting `node src\/index\.js`\nWaiting for mysql:3306\.+\nConnected!\nConnected to mysql db at host mysql\nListening on port 3000\n$/);

    await w.pull('nicolaka/netshoot');
    const netshoot = await w.run('nicolaka/netshoot', { network: 'todo-app', cmd: ['dig', 'mysql'] });
    await w.settle(1000);
    const dig = await w.logs(netshoot);
    expect(dig).toMatch(/;; ANSWER SECTION:\nmysql\.\s+600\s+IN\s+A\s+172\.18\.0\.2\n/);
    expect(dig).toContain(';; SERVER: 127.0.0.11#53(127.0.0.11)');

    const session = await w.exec(mysql, ['mysql', '-u', 'root', '-p'], { tty: true, input: 'secret\nSHOW DATABASES;\nexit\n' });
    expect(session.stdout.replace(/\r\n/g, '\n')).toContain('mysql> +--------------------+\n| Database           |\n+--------------------+\n| information_schema |\n| mysql              |\n| performance_schema |\n| sys                |\n| todos              |\n+--------------------+\n5 rows in set (0.00 sec)\n\nmysql> Bye\n');

    const a = await add(w, 'Do the workshop');
    await add(w, 'Share it');
    const rows = await w.exec(mysql, ['mysql', '-psecret', 'todos', '-e', 'select * from todo_items']);
    expect(rows).toEqual({ code: 0, stdout: `id\tname\tcompleted\n${a.id}\tDo the workshop\t0\n${(await items(w))[1]!.id}\tShare it\t0\n`, stderr: 'mysql: [Warning] Using a password on the command line interface can be insecure.\n' });
    const wrong = await w.exec(mysql, ['mysql', '-pnope'], {});
    expect(wrong.stderr).toBe("mysql: [Warning] Using a password on the command line interface can be insecure.\nERROR 1045 (28000): Access denied for user 'root'@'localhost' (using password: YES)\n");
    expect(wrong.code).toBe(1);
  });

  it('step 8: the cache-friendly Dockerfile — its history, and only `COPY . .` rebuilt after editing src', async () => {
    const w = workshop();
    const files: { [path: string]: string } = { ...appFiles(), Dockerfile: appFiles()['Dockerfile.cache-friendly']! };
    const first = await buildApp(w, files);
    expect(first.log).not.toContain('Using cache');
    const history = await w.docker.imageHistory('getting-started');
    expect(history.slice(0, 5).map((h) => h.CreatedBy)).toEqual([
      '/bin/sh -c #(nop)  CMD ["node" "src/index.js"]',
      expect.stringMatching(/^\/bin\/sh -c #\(nop\) COPY dir:[0-9a-f]{64} in \. $/),
      '/bin/sh -c yarn install --production',
      expect.stringMatching(/^\/bin\/sh -c #\(nop\) COPY multi:[0-9a-f]{64} in \.\/ $/),
      '/bin/sh -c #(nop) WORKDIR /app',
    ]);
    files['src/static/index.html'] = files['src/static/index.html']!.replace('<title>Todo App</title>', '<title>The Awesome Todo App</title>');
    const second = await buildApp(w, files);
    expect([...second.log.matchAll(/Step (\d)\/6 : [^\n]*\n ---> Using cache\n/g)].map((m) => Number(m[1]))).toEqual([2, 3, 4]);
    expect(second.log).toMatch(/Step 5\/6 : COPY \. \.\n ---> [0-9a-f]{12}\n/);
    expect(second.log).not.toContain('yarn install v');
  });
});
