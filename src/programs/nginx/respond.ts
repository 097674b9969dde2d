/**
 * @module
 * How nginx answers one static request (ngx_http_static_module, ngx_http_index_module and the
 * special responses): the file under the location's `root`, a directory's index file, a 301 to
 * add the trailing slash (with nginx's `port_in_redirect`: the port nginx listens on, not the
 * published one), 403 for a directory without index, 404 with the `open() … failed` error line,
 * 405 for methods other than GET/HEAD, `error_page` replacements, and nginx's own error pages and
 * headers (`Server: nginx/1.27.4`, `ETag: "mtime-size"`, `Last-Modified`).
 */
import { FsError, type ProcessFs } from '../types.js';
import { normalizePath } from '../process/paths.js';
import type { HeaderList, HttpRequest } from '../net/http-message.js';
import { header } from '../net/http-message.js';
import { locate, type Server, type Site } from './site.js';

/** What nginx sends and logs for a request. */
export interface Answer {
  readonly status: number;
  readonly headers: HeaderList;
  /** The body sent (empty for HEAD). */
  readonly body: Uint8Array;
  /** `[error]` lines for the error log (without timestamp and pid). */
  readonly errors: readonly string[];
}

const REASON: { readonly [code: number]: string } = {
  200: 'OK',
  301: 'Moved Permanently',
  302: 'Moved Temporarily',
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Not Allowed',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Temporarily Unavailable',
};

/** The reason phrase nginx puts in a status line (`405 Not Allowed`). */
export function reason(status: number): string {
  return REASON[status] ?? '';
}

/** nginx's built-in page for `status` (CRLF line ends, as ngx_http_special_response.c writes them). */
export function specialPage(status: number, version: string): string {
  const title = `${status} ${reason(status)}`;
  return `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx/${version}</center>\r\n</body>\r\n</html>\r\n`;
}

/** An HTTP date (`Sat, 28 Nov 2026 05:49:05 GMT`). */
export function httpDate(ms: number): string {
  return new Date(ms).toUTCString();
}

/** Context of one request. */
export interface RequestScope {
  readonly fs: ProcessFs;
  readonly site: Site;
  readonly server: Server;
  /** The port the connection came in on. */
  readonly port: number;
  readonly version: string;
  readonly now: number;
  readonly client: string;
  readonly keepAlive: boolean;
}

function decodeUri(target: string): string | undefined {
  const path = target.split('?')[0]!.split('#')[0]!;
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}

function commonHeaders(scope: RequestScope, type: string, length: number): [string, string][] {
  return [
    ['Server', `nginx/${scope.version}`],
    ['Date', httpDate(scope.now)],
    ['Content-Type', type],
    ['Content-Length', String(length)],
  ];
}

function connection(scope: RequestScope): [string, string] {
  return ['Connection', scope.keepAlive ? 'keep-alive' : 'close'];
}

/** Where a request's `[error]` lines say it came from. */
export function errorContext(scope: Pick<RequestScope, 'client' | 'server'>, request: HttpRequest): string {
  const host = header(request.headers, 'host');
  return `client: ${scope.client}, server: ${scope.server.names[0] ?? ''}, request: "${request.method} ${request.target} ${request.version}"${host ? `, host: "${host}"` : ''}`;
}

function mimeType(site: Site, path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return (dot > 0 ? site.types.get(base.slice(dot + 1).toLowerCase()) : undefined) ?? site.defaultType;
}

function fileAnswer(scope: RequestScope, request: HttpRequest, path: string, status: number, errors: string[]): Answer {
  const data = scope.fs.readFile(path);
  const stat = scope.fs.stat(path);
  const seconds = Math.floor(stat.mtime / 1000);
  const headers: [string, string][] = [...commonHeaders(scope, mimeType(scope.site, path), data.length)];
  if (status === 200) headers.push(['Last-Modified', httpDate(seconds * 1000)]);
  headers.push(connection(scope));
  if (status === 200) headers.push(['ETag', `"${seconds.toString(16)}-${data.length.toString(16)}"`], ['Accept-Ranges', 'bytes']);
  return { status, headers, body: request.method === 'HEAD' ? new Uint8Array(0) : data, errors };
}

/** The answer for an error status: the `error_page` if one is set and exists, else nginx's page. */
function errorAnswer(scope: RequestScope, request: HttpRequest, status: number, errors: string[], extra: HeaderList = []): Answer {
  const page = scope.server.errorPages.get(status);
  if (page) {
    const loc = locate(scope.server, page);
    const path = normalizePath(`${loc.root}/${page}`);
    if (isFile(scope.fs, path)) return fileAnswer(scope, request, path, status, errors);
  }
  const body = new TextEncoder().encode(specialPage(status, scope.version));
  return {
    status,
    headers: [...commonHeaders(scope, 'text/html', body.length), connection(scope), ...extra],
    body: request.method === 'HEAD' ? new Uint8Array(0) : body,
    errors,
  };
}

function isFile(fs: ProcessFs, path: string): boolean {
  try {
    return fs.stat(path).kind === 'file';
  } catch {
    return false;
  }
}

function kindOf(fs: ProcessFs, path: string): 'file' | 'directory' | FsError {
  try {
    const kind = fs.stat(path).kind;
    return kind === 'directory' ? 'directory' : 'file';
  } catch (error) {
    if (error instanceof FsError) return error;
    throw error;
  }
}

const errno = (e: FsError): number => (e.code === 'ENOENT' ? 2 : e.code === 'ENOTDIR' ? 20 : 13);

/** True when `..` segments would climb above `/` (nginx answers 400). */
function climbs(uri: string): boolean {
  let depth = 0;
  for (const part of uri.split('/')) {
    if (part === '..') depth--;
    else if (part !== '' && part !== '.') depth++;
    if (depth < 0) return true;
  }
  return false;
}

/** Answers one request as nginx's static handler does. */
export function respond(scope: RequestScope, request: HttpRequest): Answer {
  const raw = decodeUri(request.target);
  if (raw === undefined || !raw.startsWith('/') || climbs(raw)) return errorAnswer(scope, request, 400, []);
  // nginx merges slashes and resolves dot segments before matching locations.
  const uri = normalizePath(raw) + (raw.endsWith('/') && raw !== '/' ? '/' : '');
  const loc = locate(scope.server, uri);
  if (loc.ret) {
    const { code, text } = loc.ret;
    if (code >= 301 && code <= 308 && text !== undefined) return errorAnswer(scope, request, code, [], [['Location', text]]);
    if (text !== undefined) {
      const body = new TextEncoder().encode(text);
      return { status: code, headers: [...commonHeaders(scope, 'application/octet-stream', body.length), connection(scope)], body: request.method === 'HEAD' ? new Uint8Array(0) : body, errors: [] };
    }
    return errorAnswer(scope, request, code, []);
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') return errorAnswer(scope, request, 405, []);
  const path = `${loc.root.replace(/\/+$/, '')}${uri}`;
  const context = errorContext(scope, request);
  if (uri.endsWith('/')) {
    for (const name of loc.index) {
      const candidate = `${path}${name}`;
      if (isFile(scope.fs, candidate)) return fileAnswer(scope, request, candidate, 200, []);
    }
    const dir = kindOf(scope.fs, path);
    if (dir === 'directory') return errorAnswer(scope, request, 403, [`directory index of "${path}" is forbidden, ${context}`]);
    const first = `${path}${loc.index[0] ?? 'index.html'}`;
    const e = dir instanceof FsError ? dir : new FsError('ENOTDIR', 'open', first);
    return errorAnswer(scope, request, 404, [`"${first}" is not found (${errno(e)}: ${e.description}), ${context}`]);
  }
  const kind = kindOf(scope.fs, path);
  if (kind === 'directory') {
    const host = (header(request.headers, 'host') ?? scope.server.names[0] ?? 'localhost').replace(/:\d+$/, '');
    const location = `http://${host}${scope.port === 80 ? '' : `:${scope.port}`}${uri}/`;
    return errorAnswer(scope, request, 301, [], [['Location', location]]);
  }
  if (kind instanceof FsError) return errorAnswer(scope, request, 404, [`open() "${path}" failed (${errno(kind)}: ${kind.description}), ${context}`]);
  return fileAnswer(scope, request, path, 200, []);
}
