/**
 * @module
 * The todo app's MySQL back end (its `persistence/mysql.js` on the `mysql2` driver): settings
 * from MYSQL_HOST / MYSQL_USER / MYSQL_PASSWORD / MYSQL_DB or their `_FILE` variants, wait-port
 * for `host:3306`, then `CREATE TABLE IF NOT EXISTS todo_items (id varchar(36), name
 * varchar(255), completed boolean)` and `Connected to mysql db at host <host>`. Statements travel
 * over the simulated server's wire protocol ({@link MysqlConnection}), one at a time, with
 * values escaped as `sqlstring` does.
 */
import { MysqlConnection } from '../../mysql/wire.js';
import { SqlError } from '../../mysql/sql-error.js';
import type { SqlValue } from '../../mysql/sql-ast.js';
import { NetError, type ProcessContext } from '../../types.js';
import type { TodoItem, TodoStore } from './store.js';
import { waitPort } from './wait-port.js';

/** A failure of the driver, as node prints the Error object the app logs with `console.error`. */
export class DriverError extends Error {
  readonly details: string;

  constructor(message: string, details: string) {
    super(message);
    this.details = details;
  }

  /** `console.error(err)`. */
  render(): string {
    return `Error: ${this.message}\n    at Packet.asError (/app/node_modules/mysql2/lib/packets/packet.js:728:17) {\n${this.details}\n}\n`;
  }
}

const MYSQL_CODES: { readonly [code: number]: string } = { 1045: 'ER_ACCESS_DENIED_ERROR', 1044: 'ER_DBACCESS_DENIED_ERROR', 1049: 'ER_BAD_DB_ERROR', 1146: 'ER_NO_SUCH_TABLE' };

function driverError(e: unknown, host: string): DriverError {
  if (e instanceof SqlError) {
    return new DriverError(e.message, `  code: '${MYSQL_CODES[e.code] ?? 'ER_UNKNOWN'}',\n  errno: ${e.code},\n  sqlState: '${e.state}',\n  sqlMessage: "${e.message}",\n  sql: undefined`);
  }
  if (e instanceof NetError && e.code === 'ENOTFOUND') {
    return new DriverError(`getaddrinfo ENOTFOUND ${host}`, `  errno: -3008,\n  code: 'ENOTFOUND',\n  syscall: 'getaddrinfo',\n  hostname: '${host}',\n  fatal: true`);
  }
  if (e instanceof NetError) return new DriverError(`connect ${e.code} ${host}:3306`, `  errno: -111,\n  code: '${e.code}',\n  syscall: 'connect',\n  fatal: true`);
  throw e;
}

/** sqlstring's `escape`. */
export function escapeValue(value: SqlValue | boolean): string {
  if (value === null) return 'NULL';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return `'${value.replace(/[\0\b\t\n\r\x1a"'\\]/g, (c) => ({ '\0': '\\0', '\b': '\\b', '\t': '\\t', '\n': '\\n', '\r': '\\r', '\x1a': '\\Z' })[c] ?? `\\${c}`)}'`;
}

/** `format(sql, values)`: each `?` replaced by the next escaped value. */
export function formatSql(sql: string, values: readonly (SqlValue | boolean)[]): string {
  let i = 0;
  return sql.replace(/\?/g, () => escapeValue(values[i++] ?? null));
}

function setting(ctx: ProcessContext, name: string): string | undefined {
  const file = ctx.env[`${name}_FILE`];
  return file ? new TextDecoder().decode(ctx.fs.readFile(file)) : ctx.env[name];
}

/** Connects as the app's `init()` does; throws {@link DriverError} when it cannot. */
export async function openMysql(ctx: ProcessContext): Promise<TodoStore> {
  const host = setting(ctx, 'MYSQL_HOST') ?? 'localhost';
  const user = setting(ctx, 'MYSQL_USER') ?? 'root';
  const password = setting(ctx, 'MYSQL_PASSWORD') ?? null;
  const database = setting(ctx, 'MYSQL_DB') ?? null;
  await waitPort(ctx, host, 3306);
  let conn: MysqlConnection;
  try {
    conn = await MysqlConnection.open(await ctx.net.connect(host, 3306), { user, password, database });
  } catch (e) {
    throw driverError(e, host);
  }
  // One connection, one statement at a time: the queue keeps replies in order.
  let queue: Promise<unknown> = Promise.resolve();
  const run = (sql: string, values: readonly (SqlValue | boolean)[] = []) => {
    const next = queue.then(() => conn.query(formatSql(sql, values))).catch((e: unknown) => Promise.reject(driverError(e, host)));
    queue = next.catch(() => undefined);
    return next;
  };
  const query = async (sql: string, values: readonly (SqlValue | boolean)[] = []): Promise<void> => void (await run(sql, values));
  await query('CREATE TABLE IF NOT EXISTS todo_items (id varchar(36), name varchar(255), completed boolean) DEFAULT CHARSET utf8mb4');
  ctx.stdout.write(`Connected to mysql db at host ${ctx.env['MYSQL_HOST'] ?? host}\n`);
  const items = async (sql: string, values: readonly SqlValue[] = []): Promise<TodoItem[]> => {
    const result = await run(sql, values);
    if (result.kind !== 'rows') return [];
    const col = (name: string) => result.columns.indexOf(name);
    return result.rows.map((r) => ({ id: String(r[col('id')]), name: String(r[col('name')]), completed: r[col('completed')] === 1 }));
  };
  return {
    getItems: () => items('SELECT * FROM todo_items'),
    getItem: async (id) => (await items('SELECT * FROM todo_items WHERE id=?', [id]))[0],
    storeItem: (i) => query('INSERT INTO todo_items (id, name, completed) VALUES (?, ?, ?)', [i.id, i.name, i.completed ? 1 : 0]),
    updateItem: (id, i) => query('UPDATE todo_items SET name=?, completed=? WHERE id=?', [i.name, i.completed ? 1 : 0, id]),
    removeItem: (id) => query('DELETE FROM todo_items WHERE id = ?', [id]),
    teardown: async () => conn.close(),
  };
}
