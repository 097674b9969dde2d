/**
 * The todo app's API against a model: any sequence of adds, updates and deletes leaves
 * `GET /items` equal to the model's list — with the SQLite file store and with MySQL behind it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bodyText, readResponse, StreamReader, writeRequest } from '../../src/network/http/codec.js';
import { createProgramRegistry } from '../../src/programs/catalog.js';
import { alpineFiles } from '../helpers/images.js';
import { processWorld } from '../helpers/process-world.js';

const exe = (program: string) => ({ data: `#!dockersim ${program}\n`, mode: 0o755 });

type Item = { id: string; name: string; completed: boolean };
type Op = { kind: 'add'; name: string } | { kind: 'update'; index: number; name: string; completed: boolean } | { kind: 'delete'; index: number };

function app(store: 'sqlite' | 'mysql') {
  const w = processWorld({
    programs: createProgramRegistry(),
    files: alpineFiles({
      '/usr/local/bin/node': exe('node'),
      '/usr/sbin/mysqld': exe('mysqld'),
      '/usr/local/bin/docker-entrypoint.sh': exe('docker-entrypoint-mysql'),
      '/app/package.json': '{"name":"101-app"}\n',
      '/app/src/index.js': '// the todo app\n',
      '/app/src/static/index.html': '<title>Todo App</title>\n',
    }),
  });
  if (store === 'mysql') w.start(['docker-entrypoint.sh', 'mysqld'], { env: { MYSQL_ROOT_PASSWORD: 'secret', MYSQL_DATABASE: 'todos' } });
  const env: { [name: string]: string } = store === 'mysql' ? { MYSQL_HOST: 'localhost', MYSQL_USER: 'root', MYSQL_PASSWORD: 'secret', MYSQL_DB: 'todos' } : {};
  const node = w.start(['node', 'src/index.js'], { cwd: '/app', env });
  const request = async (method: string, target: string, body?: unknown): Promise<{ status: number; text: string }> => {
    const socket = await w.network.stack().connect('127.0.0.1', 3000);
    writeRequest(socket, { method, target, headers: [['Host', 'localhost'], ['Connection', 'close'], ['Content-Type', 'application/json']], ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
    const response = await w.clock.hold(readResponse(new StreamReader(socket), method));
    socket.close();
    return { status: response.status, text: bodyText(response) };
  };
  return { w, node, request, ready: () => w.clock.hold(w.clock.sleep(store === 'mysql' ? 12_000 : 10)) };
}

const ops = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constant('add' as const), name: fc.string({ maxLength: 12 }) }),
    fc.record({ kind: fc.constant('update' as const), index: fc.nat(9), name: fc.string({ maxLength: 12 }), completed: fc.boolean() }),
    fc.record({ kind: fc.constant('delete' as const), index: fc.nat(9) }),
  ),
  { maxLength: 12 },
);

describe.each(['sqlite', 'mysql'] as const)('the todo app on %s', (store) => {
  it('property: GET /items always equals the model after adds, updates and deletes', async () => {
    await fc.assert(
      fc.asyncProperty(ops, async (sequence: Op[]) => {
        const { request, ready, node } = app(store);
        await ready();
        const model: Item[] = [];
        for (const op of sequence) {
          if (op.kind === 'add') model.push(JSON.parse((await request('POST', '/items', { name: op.name })).text) as Item);
          else if (model.length > 0) {
            const target = model[op.index % model.length]!;
            if (op.kind === 'update') {
              const updated = JSON.parse((await request('PUT', `/items/${target.id}`, { name: op.name, completed: op.completed })).text) as Item;
              expect(updated).toEqual({ id: target.id, name: op.name, completed: op.completed });
              model[model.indexOf(target)] = updated;
            } else {
              expect(await request('DELETE', `/items/${target.id}`)).toEqual({ status: 200, text: 'OK' });
              model.splice(model.indexOf(target), 1);
            }
          }
        }
        expect(JSON.parse((await request('GET', '/items')).text)).toEqual(model);
        node.child.kill('SIGTERM');
      }),
      { numRuns: store === 'mysql' ? 8 : 25 },
    );
  });

  it('serves its static files and logs as the app does', async () => {
    const { request, ready, node } = app(store);
    await ready();
    expect(await request('GET', '/')).toEqual({ status: 200, text: '<title>Todo App</title>\n' });
    // The app starts with mysqld, which takes seconds to initialize: a dot per attempt meanwhile.
    expect(node.stdout.text()).toMatch(store === 'sqlite' ? /^Using sqlite database at \/etc\/todos\/todo\.db\nListening on port 3000\n$/ : /^Waiting for localhost:3306\.{5,10}\nConnected!\nConnected to mysql db at host localhost\nListening on port 3000\n$/);
    node.child.kill('SIGTERM');
    expect(await node.child.exited).toBe(0);
  });
});
