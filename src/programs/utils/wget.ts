/**
 * @module
 * busybox `wget`: fetch a URL over the container's network into a file (`index.html` by default,
 * `-O FILE`, `-O -` for stdout), with busybox's progress lines on stderr (`-q` silences them) and
 * its failures: `bad address 'x'`, `can't connect to remote host (ip): Connection refused`,
 * `server returned error: HTTP/1.1 404 Not Found`.
 */
import { httpRequest, lastSegment, parseTarget } from '../net/http-client.js';
import { header } from '../net/http-message.js';
import { openWrite } from '../process/files.js';
import { FsError, NetError } from '../types.js';
import { complain, options } from './common.js';
import type { Tool } from './tool.js';

/** busybox's size column: bytes, then k/M with one decimal like its progress meter. */
function size(n: number): string {
  if (n < 100000) return String(n).padStart(6);
  if (n < 1024 * 1024 * 10) return `${Math.round(n / 1024)}k`.padStart(6);
  return `${Math.round(n / 1024 / 1024)}M`.padStart(6);
}

/** `wget [-q] [-O FILE] URL`. */
export const wget: Tool = async (ctx, flavour) => {
  const parsed = options(ctx, flavour, { flags: 'qcsS', values: 'OUPTYth', long: { quiet: 'q', 'output-document=': 'O', 'user-agent=': 'U', spider: 's', 'timeout=': 'T', header: 'h', 'header=': 'h', 'post-data=': 'post' } }, '[-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]\n\t[--post-data STR | --post-file FILE] [-Y on/off]\n\t[-P DIR] [-U AGENT] [-T SEC] URL...');
  if (!parsed) return 1;
  const o = parsed.opts;
  const quiet = o.has('q');
  const url = parsed.operands[0];
  if (url === undefined) {
    ctx.stderr.write('BusyBox v1.37.0 (2025-01-17 18:12:01 UTC) multi-call binary.\n\nUsage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]\n\t[--post-data STR | --post-file FILE] [-Y on/off]\n\t[-P DIR] [-U AGENT] [-T SEC] URL...\n');
    return 1;
  }
  const target = parseTarget(url);
  if (!target || (target.scheme !== 'http' && target.scheme !== 'https')) {
    complain(ctx, flavour, `not an http or ftp url: ${url}`);
    return 1;
  }
  let address: string;
  try {
    address = (await ctx.net.resolve(target.host))[0] ?? target.host;
  } catch (error) {
    if (!(error instanceof NetError)) throw error;
    complain(ctx, flavour, `bad address '${target.host}'`);
    return 1;
  }
  if (!quiet) ctx.stderr.write(`Connecting to ${target.authority} (${address}:${target.port})\n`);
  const headers: [string, string][] = [['User-Agent', o.get('U') ?? 'Wget']];
  for (const h of parsed.all.get('h') ?? []) {
    const colon = h.indexOf(':');
    if (colon > 0) headers.push([h.slice(0, colon).trim(), h.slice(colon + 1).trim()]);
  }
  let response;
  try {
    const post = o.get('post');
    response = await httpRequest(ctx.net, target, { method: o.has('s') ? 'HEAD' : post !== undefined ? 'POST' : 'GET', headers, ...(post !== undefined ? { body: post } : {}), ...(o.has('T') ? { timeoutMs: Number(o.get('T')) * 1000 } : {}) });
  } catch (error) {
    if (!(error instanceof NetError)) throw error;
    const reason = error.code === 'ECONNREFUSED' ? 'Connection refused' : error.code === 'ETIMEDOUT' ? 'Connection timed out' : error.code === 'ENETUNREACH' ? 'Network is unreachable' : 'No route to host';
    complain(ctx, flavour, `can't connect to remote host (${address}): ${reason}`);
    return 1;
  }
  if (!response) {
    complain(ctx, flavour, 'error getting response: Connection reset by peer');
    return 1;
  }
  if (response.status >= 400) {
    complain(ctx, flavour, `server returned error: ${response.version} ${response.status} ${response.statusText}`);
    return 1;
  }
  if (o.has('s')) return 0;
  const name = o.get('O') ?? lastSegment(target.path);
  const toStdout = name === '-';
  if (!quiet) ctx.stderr.write(toStdout ? 'writing to stdout\n' : `saving to '${name}'\n`);
  try {
    if (toStdout) ctx.stdout.write(response.body);
    else openWrite(ctx.fs, ctx.cwd, name, { std: ctx }).write(response.body);
  } catch (error) {
    if (!(error instanceof FsError)) throw error;
    complain(ctx, flavour, `can't open '${name}': ${error.description}`);
    return 1;
  }
  if (!quiet) {
    const total = Number(header(response.headers, 'content-length') ?? response.body.length);
    ctx.stderr.write(`${(toStdout ? '-' : name).slice(0, 20).padEnd(20)} 100% |${'*'.repeat(32)}| ${size(total)}  0:00:00 ETA\n`);
    ctx.stderr.write(toStdout ? 'written to stdout\n' : `'${name}' saved\n`);
  }
  return 0;
};
