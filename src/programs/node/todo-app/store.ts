/**
 * @module
 * The todo app's persistence (its `src/persistence`): the {@link TodoStore} both back ends
 * implement, and the SQLite one — a database file at `/etc/todos/todo.db` (or
 * `SQLITE_DB_LOCATION`) in the container's filesystem, so it is lost with the container's
 * writable layer and kept by a volume mounted on `/etc/todos`. The file starts with SQLite's
 * header; the rows of `todo_items` follow as JSON.
 */
import type { ProcessContext } from '../../types.js';
import { dirname } from '../package-json.js';

/** A todo item as the API shows it. */
export interface TodoItem {
  readonly id: string;
  readonly name: string;
  readonly completed: boolean;
}

/** What the routes need from a database. */
export interface TodoStore {
  getItems(): Promise<TodoItem[]>;
  getItem(id: string): Promise<TodoItem | undefined>;
  storeItem(item: TodoItem): Promise<void>;
  updateItem(id: string, item: { readonly name: string; readonly completed: boolean }): Promise<void>;
  removeItem(id: string): Promise<void>;
  teardown(): Promise<void>;
}

const HEADER = 'SQLite format 3\0';

/** Row as stored (SQLite keeps booleans as 0/1). */
type Row = { readonly id: string; readonly name: string; readonly completed: number };

/** Opens (creating) the SQLite database, logging as the app does. */
export function openSqlite(ctx: ProcessContext): TodoStore {
  const location = ctx.env['SQLITE_DB_LOCATION'] || '/etc/todos/todo.db';
  const dir = dirname(location);
  if (!ctx.fs.exists(dir)) ctx.fs.mkdir(dir, { recursive: true });
  const read = (): Row[] => {
    if (!ctx.fs.exists(location)) return [];
    const text = new TextDecoder().decode(ctx.fs.readFile(location));
    return text.startsWith(HEADER) ? (JSON.parse(text.slice(HEADER.length) || '[]') as Row[]) : [];
  };
  const write = (rows: readonly Row[]) => ctx.fs.writeFile(location, `${HEADER}${JSON.stringify(rows)}`);
  if (!ctx.fs.exists(location)) write([]);
  if (ctx.env['NODE_ENV'] !== 'test') ctx.stdout.write(`Using sqlite database at ${location}\n`);
  const item = (r: Row): TodoItem => ({ id: r.id, name: r.name, completed: r.completed === 1 });
  return {
    getItems: async () => read().map(item),
    getItem: async (id) => read().filter((r) => r.id === id).map(item)[0],
    storeItem: async (i) => write([...read(), { id: i.id, name: i.name, completed: i.completed ? 1 : 0 }]),
    updateItem: async (id, i) => write(read().map((r) => (r.id === id ? { id, name: i.name, completed: i.completed ? 1 : 0 } : r))),
    removeItem: async (id) => write(read().filter((r) => r.id !== id)),
    teardown: async () => undefined,
  };
}
