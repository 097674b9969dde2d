/**
 * @module
 * Stand-ins for the programs the workshop's images name (`node`, `yarn`, the node and mysql
 * entrypoints) that the programs layer does not ship yet. Each is defined only when the world has
 * no program of that name, so the real ones win as soon as they land. The todo app keeps its
 * items in `/etc/todos/todo.db` (or in the MySQL stand-in when `MYSQL_HOST` is set) and serves
 * them on port 3000, so volumes, bind mounts and networks behave as the workshop describes.
 */
import type { Program, ProcessContext, World } from 'dockersim';
import { bodyText, readRequest, StreamReader, writeResponse } from 'dockersim';

const text = (b: Uint8Array | null) => (b ? new TextDecoder().decode(b) : '');

/** The todo app: SQLite in a file, or MySQL at `$MYSQL_HOST:3306`. */
async function todoApp(ctx: ProcessContext): Promise<number> {
  const mysql = ctx.env['MYSQL_HOST'];
  const db = ctx.env['SQLITE_DB_LOCATION'] ?? '/etc/todos/todo.db';
  const ask = async (line: string): Promise<string> => {
    if (mysql === undefined) {
      const items = ctx.fs.exists(db) ? text(ctx.fs.readFile(db)) : '';
      if (!line.startsWith('ADD ')) return items;
      ctx.fs.writeFile(db, `${items}${line.slice(4)}\n`);
      return `${items}${line.slice(4)}\n`;
    }
    const socket = await ctx.net.connect(mysql, 3306);
    socket.write(`${line}\n`);
    const reply = text(await socket.readAll());
    socket.close();
    return reply;
  };
  if (mysql === undefined) {
    ctx.fs.mkdir(db.slice(0, db.lastIndexOf('/')) || '/', { recursive: true });
    ctx.stdout.write(`Using sqlite database at ${db}\n`);
  } else {
    await ask('LIST');
    ctx.stdout.write(`Connected to mysql db at host ${mysql}\n`);
  }
  const listener = ctx.net.listen(3000);
  ctx.stdout.write('Listening on port 3000\n');
  for (;;) {
    const socket = await listener.accept();
    if (!socket) return 0;
    const request = await readRequest(new StreamReader(socket));
    const items = await ask(request?.method === 'POST' ? `ADD ${bodyText(request)}` : 'LIST');
    writeResponse(socket, { status: 200, body: items });
    socket.end();
  }
}

const node: Program = async (ctx) => {
  if (ctx.argv.length < 2) {
    ctx.stdout.write('Welcome to Node.js v18.20.8.\n');
    return 0;
  }
  return todoApp(ctx);
};

const yarn: Program = async (ctx) => {
  if (ctx.argv[1] === 'install') {
    ctx.stdout.write('yarn install v1.22.19\n[1/4] Resolving packages...\n[2/4] Fetching packages...\n[3/4] Linking dependencies...\n[4/4] Building fresh packages...\n');
    ctx.fs.mkdir(`${ctx.cwd}/node_modules/express`, { recursive: true });
    ctx.fs.writeFile(`${ctx.cwd}/node_modules/express/index.js`, 'module.exports = require("./lib/express");\n');
    ctx.stdout.write('Done in 8.72s.\n');
    return 0;
  }
  if (ctx.argv[1] === 'run' && ctx.argv[2] === 'dev') {
    ctx.stdout.write('yarn run v1.22.19\n$ nodemon -L src/index.js\n[nodemon] 2.0.20\n[nodemon] starting `node src/index.js`\n');
    return todoApp(ctx);
  }
  ctx.stderr.write(`error Command "${ctx.argv[1] ?? ''}" not found.\n`);
  return 1;
};

/** `exec "$@"`, as the official images' entrypoints end. */
const entrypoint: Program = async (ctx) => ctx.execve(ctx.argv.slice(1));

/** mysqld: keeps todo items in its data directory, one request per connection. */
const mysqld: Program = async (ctx) => {
  if (ctx.argv[1] !== 'mysqld') return ctx.execve(ctx.argv.slice(1));
  ctx.stdout.write('[Note] [Entrypoint]: Entrypoint script for MySQL Server 8.0 started.\n[System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. port: 3306\n');
  const listener = ctx.net.listen(3306);
  const file = '/var/lib/mysql/todos';
  for (;;) {
    const socket = await listener.accept();
    if (!socket) return 0;
    const line = (await socket.readLine()) ?? '';
    const items = ctx.fs.exists(file) ? text(ctx.fs.readFile(file)) : '';
    if (line.startsWith('ADD ')) ctx.fs.writeFile(file, `${items}${line.slice(4)}\n`);
    socket.write(ctx.fs.exists(file) ? text(ctx.fs.readFile(file)) : '');
    socket.end();
  }
};

/** The stand-ins by program name. */
export const STAND_INS: { readonly [name: string]: Program } = {
  node,
  yarn,
  'docker-entrypoint-node': entrypoint,
  'docker-entrypoint-mysql': mysqld,
};

/** Defines each stand-in the world lacks; returns the names defined. */
export function defineStandIns(world: World): string[] {
  const defined: string[] = [];
  for (const [name, program] of Object.entries(STAND_INS)) {
    if (world.programs.has(name)) continue;
    world.programs.define(name, program);
    defined.push(name);
  }
  return defined;
}
