/**
 * @module
 * `python3 -m http.server [port] [-d dir] [-b addr]`: Python's SimpleHTTPRequestHandler serving a
 * directory over HTTP/1.0 — files with their type, directories with an index.html or a listing,
 * `/dir` redirected to `/dir/`, Python's error page — logging each request on stderr as
 * `172.17.0.1 - - [28/Nov/2026 05:49:05] "GET / HTTP/1.1" 200 -`.
 */
import { readRequest, serializeMessage, StreamReader } from '../net/http-message.js';
import { normalizePath } from '../process/paths.js';
import type { ProcessContext, Socket } from '../types.js';
import { strftime } from '../utils/strftime.js';

const TYPES: { readonly [ext: string]: string } = { html: 'text/html', htm: 'text/html', txt: 'text/plain', css: 'text/css', js: 'text/javascript', json: 'application/json', png: 'image/png', jpg: 'image/jpeg', svg: 'image/svg+xml', py: 'text/x-python' };

function escape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function errorPage(code: number, message: string, explanation: string): string {
  return `<!DOCTYPE HTML>\n<html lang="en">\n    <head>\n        <meta charset="utf-8">\n        <title>Error response</title>\n    </head>\n    <body>\n        <h1>Error response</h1>\n        <p>Error code: ${code}</p>\n        <p>Message: ${message}.</p>\n        <p>Error code explanation: ${code} - ${explanation}.</p>\n    </body>\n</html>\n`;
}

function listing(path: string, names: readonly string[], isDir: (n: string) => boolean): string {
  const items = names.map((n) => {
    const shown = isDir(n) ? `${n}/` : n;
    return `<li><a href="${encodeURI(shown)}">${escape(shown)}</a></li>\n`;
  });
  return `<!DOCTYPE HTML>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Directory listing for ${escape(path)}</title>\n</head>\n<body>\n<h1>Directory listing for ${escape(path)}</h1>\n<hr>\n<ul>\n${items.join('')}</ul>\n<hr>\n</body>\n</html>\n`;
}

interface Answer {
  readonly status: number;
  readonly reason: string;
  readonly headers: [string, string][];
  readonly body: string | Uint8Array;
  readonly error?: string;
}

function answer(ctx: ProcessContext, root: string, target: string, serverHeader: string, head: boolean): Answer {
  const date = new Date(ctx.clock.now()).toUTCString();
  const base: [string, string][] = [['Server', serverHeader], ['Date', date]];
  const path = decodeURIComponent(target.split('?')[0]!.split('#')[0]!);
  const file = normalizePath(`${root}/${path}`);
  const fail = (status: number, reason: string, message: string, explanation: string): Answer => {
    const body = errorPage(status, message, explanation);
    return { status, reason, headers: [...base, ['Connection', 'close'], ['Content-Type', 'text/html;charset=utf-8'], ['Content-Length', String(new TextEncoder().encode(body).length)]], body: head ? '' : body, error: `code ${status}, message ${message}` };
  };
  let kind: string;
  try {
    kind = ctx.fs.stat(file).kind;
  } catch {
    return fail(404, 'File not found', 'File not found', 'Nothing matches the given URI');
  }
  if (kind === 'directory') {
    if (!path.endsWith('/')) return { status: 301, reason: 'Moved Permanently', headers: [...base, ['Location', `${path}/`], ['Content-Length', '0']], body: '' };
    if (ctx.fs.exists(`${file}/index.html`)) return answer(ctx, root, `${path}index.html`, serverHeader, head);
    const names = ctx.fs.readdir(file).sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
    const body = new TextEncoder().encode(listing(path, names, (n) => ctx.fs.stat(`${file}/${n}`).kind === 'directory'));
    return { status: 200, reason: 'OK', headers: [...base, ['Content-type', 'text/html; charset=utf-8'], ['Content-Length', String(body.length)]], body: head ? '' : body };
  }
  const data = ctx.fs.readFile(file);
  const ext = file.slice(file.lastIndexOf('.') + 1).toLowerCase();
  const modified = new Date(Math.floor(ctx.fs.stat(file).mtime / 1000) * 1000).toUTCString();
  return { status: 200, reason: 'OK', headers: [...base, ['Content-type', TYPES[ext] ?? 'application/octet-stream'], ['Content-Length', String(data.length)], ['Last-Modified', modified]], body: head ? '' : data };
}

async function handle(ctx: ProcessContext, socket: Socket, root: string, serverHeader: string): Promise<void> {
  try {
    const request = await readRequest(new StreamReader(socket));
    if (!request) return;
    const supported = request.method === 'GET' || request.method === 'HEAD';
    const result = supported ? answer(ctx, root, request.target, serverHeader, request.method === 'HEAD') : { status: 501, reason: 'Unsupported method', headers: [['Server', serverHeader], ['Date', new Date(ctx.clock.now()).toUTCString()], ['Connection', 'close'], ['Content-Type', 'text/html;charset=utf-8']] as [string, string][], body: errorPage(501, `Unsupported method ('${request.method}')`, 'Server does not support this operation'), error: `code 501, message Unsupported method ('${request.method}')` };
    socket.write(serializeMessage(`HTTP/1.0 ${result.status} ${result.reason}`, result.headers, result.body));
    const stamp = `${socket.remote.address} - - [${strftime('%d/%b/%Y %H:%M:%S', ctx.clock.now())}]`;
    if (result.error) ctx.stderr.write(`${stamp} ${result.error}\n`);
    ctx.stderr.write(`${stamp} "${request.method} ${request.target} ${request.version}" ${result.status} -\n`);
  } finally {
    socket.close();
  }
}

/** Runs the server until the process ends; `print` writes to Python's (buffered) stdout. */
export async function httpServer(ctx: ProcessContext, args: readonly string[], version: string, print: (text: string) => void): Promise<number> {
  let port = 8000;
  let dir = ctx.cwd;
  let bind = '';
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-d' || a === '--directory') dir = args[++i] ?? dir;
    else if (a === '-b' || a === '--bind') bind = args[++i] ?? '';
    else if (/^\d+$/.test(a)) port = Number(a);
  }
  const listener = ctx.net.listen(port, bind ? { host: bind } : {});
  const shown = bind || '::';
  print(`Serving HTTP on ${shown} port ${port} (http://${shown.includes(':') ? `[${shown}]` : shown}:${port}/) ...\n`);
  const root = normalizePath(dir.startsWith('/') ? dir : `${ctx.cwd}/${dir}`);
  for (let socket = await listener.accept(); socket; socket = await listener.accept()) void handle(ctx, socket, root, `SimpleHTTP/0.6 Python/${version}`).catch(() => undefined);
  return 0;
}
