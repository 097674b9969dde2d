/**
 * @module
 * How `node` runs a script that is not an app the simulation knows. It does not execute
 * JavaScript; it reads the script for the few things that decide what a user observes of a
 * container running it:
 *
 * - `console.log(…)` / `console.error(…)` calls whose argument is a string, template (without
 *   `${}`) or number literal print that text, in source order, at start;
 * - `.listen(…)` makes it an HTTP server on the port the call names (a number literal, or
 *   `process.env.PORT` with its `|| 3000` fallback), answering every request 200 with the first
 *   `res.send('…')` / `res.end('…')` literal;
 * - a server or a `setInterval` keeps the process running; otherwise it exits 0 after printing;
 * - a `process.exit(n)` on a line that does not install a handler (`process.on(…)`) ends it with n
 *   after printing;
 * - `process.on('SIGTERM', …)` (or SIGINT) makes `docker stop` end it with exit 0; without it,
 *   node as PID 1 ignores SIGTERM, as a real one does, and `docker stop` waits for the SIGKILL.
 */
import { readRequest, StreamReader, writeResponse } from '../../network/http/codec.js';
import type { ProcessContext } from '../types.js';

/** What a script does, as far as the simulation reads it. */
export interface ScriptModel {
  readonly output: readonly { readonly stream: 'stdout' | 'stderr'; readonly text: string }[];
  readonly port: number | undefined;
  readonly body: string;
  readonly keepsRunning: boolean;
  readonly handlesTerm: boolean;
  /** The code of a top-level `process.exit(n)`. */
  readonly exitCode: number | undefined;
}

const LITERAL = /console\.(log|info|error|warn)\(\s*(?:\x27((?:[^\x27\\\n]|\\.)*)\x27|\x22((?:[^\x22\\\n]|\\.)*)\x22|\x60([^\x60$]*)\x60|(-?\d+(?:\.\d+)?))\s*\)/g;

// Built from strings: these patterns name the script's `process` global, which this module never uses.
const ENV_REF = new RegExp('process\\.env\\.(\\w+)');
const ENV_REFS = new RegExp('process\\.env\\.\\w+');
const SIGNAL_HANDLER = new RegExp('process\\.on\\(\\s*[\\x27\\x22](SIGTERM|SIGINT)[\\x27\\x22]');
const EXIT_CALL = new RegExp('process\\.exit\\((\\d*)\\)');

const unescape = (s: string) => s.replace(/\\(.)/g, (_, c: string) => ({ n: '\n', t: '\t' })[c] ?? c);

/** Reads a script's source. */
export function modelScript(source: string, env: { readonly [name: string]: string }): ScriptModel {
  const output = [...source.matchAll(LITERAL)].map((m) => ({
    stream: m[1] === 'error' || m[1] === 'warn' ? ('stderr' as const) : ('stdout' as const),
    text: unescape(m[2] ?? m[3] ?? m[4] ?? m[5] ?? ''),
  }));
  const listen = /\.listen\(\s*([^,)]*)/.exec(source);
  let port: number | undefined;
  if (listen) {
    const arg = listen[1]!.trim();
    const named = /^[A-Za-z_$][\w$]*$/.test(arg) ? new RegExp(`\\b${arg}\\s*=\\s*([^;\\n]+)`).exec(source)?.[1] ?? arg : arg;
    const fromEnv = ENV_REF.exec(named);
    const fallback = /(\d+)/.exec(named.replace(ENV_REFS, ''));
    port = Number((fromEnv ? env[fromEnv[1]!] : undefined) ?? fallback?.[1] ?? 3000);
  }
  const body = /res\.(?:send|end)\(\s*(?:\x27((?:[^\x27\\]|\\.)*)\x27|\x22((?:[^\x22\\]|\\.)*)\x22|\x60([^\x60$]*)\x60)/.exec(source);
  return {
    output,
    port,
    body: body ? unescape(body[1] ?? body[2] ?? body[3] ?? '') : '',
    keepsRunning: port !== undefined || /\bsetInterval\(/.test(source),
    handlesTerm: SIGNAL_HANDLER.test(source),
    exitCode: source
      .split('\n')
      .filter((line) => !line.includes('process.on('))
      .map((line) => EXIT_CALL.exec(line))
      .find((m) => m !== null)
      ?.slice(1)
      .map((code) => Number(code || '0'))[0],
  };
}

/** Runs a modelled script in the process. */
export async function runScriptModel(ctx: ProcessContext, model: ScriptModel): Promise<number> {
  for (const { stream, text } of model.output) ctx[stream].write(`${text}\n`);
  if (model.exitCode !== undefined) return model.exitCode;
  if (!model.keepsRunning) return 0;
  if (model.handlesTerm) ctx.signals.on('SIGTERM', () => ctx.exit(0)), ctx.signals.on('SIGINT', () => ctx.exit(0));
  if (model.port === undefined) for (;;) await ctx.clock.sleep(3_600_000);
  const listener = ctx.net.listen(model.port);
  for (let socket = await listener.accept(); socket; socket = await listener.accept()) {
    const s = socket;
    void (async () => {
      const reader = new StreamReader(s);
      for (let request = await readRequest(reader); request; request = await readRequest(reader)) {
        writeResponse(s, { status: 200, headers: [['X-Powered-By', 'Express'], ['Content-Type', 'text/html; charset=utf-8']], body: model.body });
      }
      s.close();
    })().catch(() => s.close());
  }
  return 0;
}
