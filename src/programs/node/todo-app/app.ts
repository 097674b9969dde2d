/**
 * @module
 * The getting-started todo app (`101-app`) as `node src/index.js` runs it: open the database
 * (MySQL when MYSQL_HOST is set, else SQLite), then `Listening on port 3000`; a failed start
 * prints the error and exits 1. SIGINT, SIGTERM and SIGUSR2 (nodemon's restart) close the
 * database and exit 0, so `docker stop` shows `Exited (0)`.
 */
import { readRequest, StreamReader, writeResponse } from '../../../network/http/codec.js';
import type { ProcessContext, Socket } from '../../types.js';
import { dirname } from '../package-json.js';
import { DriverError, openMysql } from './mysql-store.js';
import { route } from './routes.js';
import { openSqlite, type TodoStore } from './store.js';

/** The port the app listens on. */
export const TODO_APP_PORT = 3000;

async function serveConnection(ctx: ProcessContext, socket: Socket, staticRoot: string, db: TodoStore): Promise<void> {
  const reader = new StreamReader(socket);
  for (let request = await readRequest(reader); request; request = await readRequest(reader)) {
    const reply = await route(ctx, staticRoot, db, request);
    writeResponse(socket, request.method === 'HEAD' ? { ...reply, body: '' } : reply);
    if (/close/i.test(request.headers.find(([n]) => n.toLowerCase() === 'connection')?.[1] ?? '')) break;
  }
  socket.end();
}

/** Runs the app whose entry script is `script` (its static files are beside it in `static/`). */
export async function runTodoApp(ctx: ProcessContext, script: string): Promise<number> {
  let db: TodoStore | undefined;
  const shutdown = () => {
    // exit() unwinds by throwing ProcessGone; nothing is left to catch it here.
    void (db?.teardown() ?? Promise.resolve()).catch(() => undefined).then(() => ctx.exit(0)).catch(() => undefined);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGUSR2'] as const) ctx.signals.on(signal, shutdown);
  try {
    db = ctx.env['MYSQL_HOST'] || ctx.env['MYSQL_HOST_FILE'] ? await openMysql(ctx) : openSqlite(ctx);
  } catch (e) {
    if (!(e instanceof DriverError)) throw e;
    ctx.stderr.write(e.render());
    return 1;
  }
  const listener = ctx.net.listen(TODO_APP_PORT);
  ctx.stdout.write(`Listening on port ${TODO_APP_PORT}\n`);
  const staticRoot = `${dirname(script)}/static`;
  const store = db;
  for (let socket = await listener.accept(); socket; socket = await listener.accept()) {
    const s = socket;
    void serveConnection(ctx, s, staticRoot, store).catch(() => s.close());
  }
  return 0;
}
