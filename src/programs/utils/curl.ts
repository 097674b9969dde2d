/**
 * @module
 * `curl` (8.x): print a URL's body; `-o FILE`/`-O`, `-s`/`-S`, `-i`/`-I`, `-X`, `-d`, `-H`,
 * `-f`, `-L`, `-v`, `-w '%{http_code}'`, `-m`; the progress meter on stderr when output is not a
 * terminal; and curl's numbered errors with their exit codes — `curl: (6) Could not resolve
 * host: x`, `curl: (7) Failed to connect to localhost port 3000 after 0 ms: Couldn't connect to
 * server`, `curl: (22) The requested URL returned error: 404`.
 */
import { httpRequest, lastSegment, parseTarget } from '../net/http-client.js';
import type { HttpResponse } from '../net/http-message.js';
import { openWrite } from '../process/files.js';
import { FsError, NetError, type ProcessContext } from '../types.js';
import type { Tool } from './tool.js';

const METER_HEAD = '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n                                 Dload  Upload   Total   Spent    Left  Speed\n';

function meter(bytes: number): string {
  const n = String(bytes).padStart(5);
  return `\r100 ${n}  100 ${n}    0     0      0      0 --:--:-- --:--:-- --:--:--     0\n`;
}

function fail(ctx: ProcessContext, silent: boolean, showErrors: boolean, code: number, message: string): number {
  if (!silent || showErrors) ctx.stderr.write(`curl: (${code}) ${message}\n`);
  return code;
}

/** `curl [OPTION]... URL`. */
export const curl: Tool = async (ctx) => {
  const args = ctx.argv.slice(1);
  let method: string | undefined;
  let data: string | undefined;
  const headers: [string, string][] = [];
  let output: string | undefined;
  let remoteName = false;
  let silent = false;
  let showErrors = false;
  let include = false;
  let head = false;
  let failOnError = false;
  let follow = false;
  let verbose = false;
  let writeOut: string | undefined;
  let timeoutMs: number | undefined;
  let url: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const value = (): string => args[++i] ?? '';
    if (a === '-X' || a === '--request') method = value();
    else if (a === '-d' || a === '--data' || a === '--data-raw' || a === '--data-binary') data = (data === undefined ? '' : `${data}&`) + value();
    else if (a === '-H' || a === '--header') {
      const h = value();
      const colon = h.indexOf(':');
      if (colon > 0) headers.push([h.slice(0, colon).trim(), h.slice(colon + 1).trim()]);
    } else if (a === '-o' || a === '--output') output = value();
    else if (a === '-O' || a === '--remote-name') remoteName = true;
    else if (a === '-w' || a === '--write-out') writeOut = value();
    else if (a === '-m' || a === '--max-time' || a === '--connect-timeout') timeoutMs = Number(value()) * 1000;
    else if (a === '-A' || a === '--user-agent') headers.push(['User-Agent', value()]);
    else if (a.startsWith('--')) {
      if (a === '--silent') silent = true;
      else if (a === '--show-error') showErrors = true;
      else if (a === '--include') include = true;
      else if (a === '--head') head = true;
      else if (a === '--fail') failOnError = true;
      else if (a === '--location') follow = true;
      else if (a === '--verbose') verbose = true;
      else {
        ctx.stderr.write(`curl: option ${a}: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information\n`);
        return 2;
      }
    } else if (a.startsWith('-') && a.length > 1) {
      for (const f of a.slice(1)) {
        if (f === 's') silent = true;
        else if (f === 'S') showErrors = true;
        else if (f === 'i') include = true;
        else if (f === 'I') head = true;
        else if (f === 'f') failOnError = true;
        else if (f === 'L') follow = true;
        else if (f === 'v') verbose = true;
        else if (f === 'k') continue;
        else {
          ctx.stderr.write(`curl: option -${f}: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information\n`);
          return 2;
        }
      }
    } else url = a;
  }
  if (url === undefined) {
    ctx.stderr.write("curl: no URL specified\ncurl: try 'curl --help' or 'curl --manual' for more information\n");
    return 2;
  }
  let target = parseTarget(url);
  if (!target) return fail(ctx, silent, showErrors, 3, 'URL rejected: Malformed input to a URL function');
  if (target.scheme !== 'http') return fail(ctx, silent, showErrors, 1, `Protocol "${target.scheme}" not supported`);
  const toTerminal = output === undefined && !remoteName && ctx.stdout.isTTY;
  if (!silent && !toTerminal && !verbose) ctx.stderr.write(METER_HEAD);
  let response: HttpResponse | null = null;
  const verb = method ?? (head ? 'HEAD' : data !== undefined ? 'POST' : 'GET');
  const requestHeaders: [string, string][] = [['User-Agent', 'curl/8.5.0'], ['Accept', '*/*'], ...headers];
  if (data !== undefined && !headers.some(([n]) => n.toLowerCase() === 'content-type')) requestHeaders.push(['Content-Type', 'application/x-www-form-urlencoded']);
  for (let hops = 0; ; hops++) {
    let address = target.host;
    try {
      address = (await ctx.net.resolve(target.host))[0] ?? target.host;
    } catch (error) {
      if (!(error instanceof NetError)) throw error;
      return fail(ctx, silent, showErrors, 6, `Could not resolve host: ${target.host}`);
    }
    if (verbose) ctx.stderr.write(`*   Trying ${address}:${target.port}...\n* Connected to ${target.host} (${address}) port ${target.port}\n> ${verb} ${target.path} HTTP/1.1\n> Host: ${target.authority}\n${requestHeaders.map(([n, v]) => `> ${n}: ${v}\n`).join('')}> \n`);
    try {
      response = await httpRequest(ctx.net, target, { method: verb, headers: requestHeaders, ...(data !== undefined ? { body: data } : {}), ...(timeoutMs !== undefined ? { timeoutMs } : {}) });
    } catch (error) {
      if (!(error instanceof NetError)) throw error;
      if (error.code === 'ETIMEDOUT') return fail(ctx, silent, showErrors, 28, `Failed to connect to ${target.host} port ${target.port} after ${timeoutMs ?? 0} ms: Timeout was reached`);
      return fail(ctx, silent, showErrors, 7, `Failed to connect to ${target.host} port ${target.port} after 0 ms: Couldn't connect to server`);
    }
    if (!response) return fail(ctx, silent, showErrors, 52, 'Empty reply from server');
    const location = response.headers.find(([n]) => n.toLowerCase() === 'location')?.[1];
    if (follow && location && response.status >= 300 && response.status < 400 && hops < 50) {
      const next = parseTarget(new URL(location, `http://${target.authority}${target.path}`).href);
      if (next) {
        target = next;
        continue;
      }
    }
    break;
  }
  if (verbose) ctx.stderr.write(`< ${response.version} ${response.status} ${response.statusText}\n${response.headers.map(([n, v]) => `< ${n}: ${v}\n`).join('')}< \n`);
  if (failOnError && response.status >= 400) {
    if (!silent && !toTerminal) ctx.stderr.write(meter(0));
    return fail(ctx, silent, showErrors, 22, `The requested URL returned error: ${response.status}`);
  }
  const headText = `${response.version} ${response.status} ${response.statusText}\r\n${response.headers.map(([n, v]) => `${n}: ${v}\r\n`).join('')}\r\n`;
  const out: (string | Uint8Array)[] = [];
  if (include || head) out.push(headText);
  if (!head) out.push(response.body);
  try {
    const file = output ?? (remoteName ? lastSegment(target.path) : undefined);
    const sink = file === undefined || file === '-' ? ctx.stdout : openWrite(ctx.fs, ctx.cwd, file, { std: ctx });
    for (const part of out) sink.write(part);
  } catch (error) {
    if (!(error instanceof FsError)) throw error;
    return fail(ctx, silent, showErrors, 23, `Failure writing output to destination`);
  }
  if (!silent && !toTerminal && !verbose) ctx.stderr.write(meter(response.body.length));
  if (writeOut !== undefined) ctx.stdout.write(writeOut.replace(/%\{http_code\}/g, String(response.status)).replace(/%\{size_download\}/g, String(response.body.length)).replace(/\\n/g, '\n'));
  return 0;
};
