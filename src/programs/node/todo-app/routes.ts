/**
 * @module
 * The todo app's HTTP surface, as its Express app answers: static files from `src/static` read
 * at each request (so an edit through a bind mount shows at once), and the `/items` API —
 * `GET /items`, `POST /items` (`{name}` → the new item with a v4 uuid), `PUT /items/:id`
 * (`{name, completed}` → the updated item), `DELETE /items/:id` (`OK`). Unknown routes get
 * Express's `Cannot GET /x` page.
 */
import { bodyText, type HttpHeaders, type HttpRequest } from '../../../network/http/codec.js';
import type { ProcessContext } from '../../types.js';
import type { TodoStore } from './store.js';

/** A response to write. */
export interface Reply {
  readonly status: number;
  readonly headers: HttpHeaders;
  readonly body: string | Uint8Array;
}

const TYPES: { readonly [ext: string]: string } = {
  html: 'text/html; charset=UTF-8',
  js: 'application/javascript; charset=UTF-8',
  css: 'text/css; charset=UTF-8',
  json: 'application/json; charset=UTF-8',
  png: 'image/png',
  svg: 'image/svg+xml',
  ico: 'image/vnd.microsoft.icon',
  woff: 'font/woff',
  woff2: 'font/woff2',
  ttf: 'font/ttf',
};

const POWERED: readonly [string, string] = ['X-Powered-By', 'Express'];

const json = (value: unknown): Reply => ({ status: 200, headers: [POWERED, ['Content-Type', 'application/json; charset=utf-8']], body: value === undefined ? '' : JSON.stringify(value) });

/** A v4 uuid from the process's seeded random source. */
export function uuidV4(ctx: ProcessContext): string {
  const b = ctx.random.bytes(16);
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function staticFile(ctx: ProcessContext, root: string, path: string): Reply | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  if (decoded.split('/').includes('..')) return undefined;
  let file = `${root}${decoded}`;
  if (ctx.fs.exists(file) && ctx.fs.stat(file).kind === 'directory') file = `${file.replace(/\/$/, '')}/index.html`;
  if (!ctx.fs.exists(file) || ctx.fs.stat(file).kind !== 'file') return undefined;
  const ext = file.slice(file.lastIndexOf('.') + 1).toLowerCase();
  return { status: 200, headers: [POWERED, ['Content-Type', TYPES[ext] ?? 'application/octet-stream']], body: ctx.fs.readFile(file) };
}

function bodyJson(request: HttpRequest): { readonly name?: unknown; readonly completed?: unknown } {
  try {
    const parsed: unknown = JSON.parse(bodyText(request) || '{}');
    return typeof parsed === 'object' && parsed !== null ? parsed : {};
  } catch {
    return {};
  }
}

/** Answers one request. */
export async function route(ctx: ProcessContext, staticRoot: string, db: TodoStore, request: HttpRequest): Promise<Reply> {
  const path = request.target.split('?')[0] ?? '/';
  const { method } = request;
  if (method === 'GET' || method === 'HEAD') {
    const file = staticFile(ctx, staticRoot, path);
    if (file) return file;
  }
  const item = /^\/items\/([^/]+)$/.exec(path);
  if (path === '/items' && method === 'GET') return json(await db.getItems());
  if (path === '/items' && method === 'POST') {
    const name = bodyJson(request).name;
    const added = { id: uuidV4(ctx), name: typeof name === 'string' ? name : String(name ?? ''), completed: false };
    await db.storeItem(added);
    return json(added);
  }
  if (item && method === 'PUT') {
    const body = bodyJson(request);
    const id = decodeURIComponent(item[1]!);
    await db.updateItem(id, { name: String(body.name ?? ''), completed: body.completed === true });
    return json(await db.getItem(id));
  }
  if (item && method === 'DELETE') {
    await db.removeItem(decodeURIComponent(item[1]!));
    return { status: 200, headers: [POWERED, ['Content-Type', 'text/plain; charset=utf-8']], body: 'OK' };
  }
  const page = `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n</head>\n<body>\n<pre>Cannot ${method} ${path}</pre>\n</body>\n</html>\n`;
  return { status: 404, headers: [POWERED, ['Content-Security-Policy', "default-src 'none'"], ['X-Content-Type-Options', 'nosniff'], ['Content-Type', 'text/html; charset=utf-8']], body: page };
}
