/**
 * @module
 * `redis-cli`: one command from the arguments (`redis-cli -h redis SET a 1`), commands from a
 * pipe, or an interactive session with the `127.0.0.1:6379> ` prompt. Replies are formatted as
 * redis-cli does for a terminal (`"value"`, `(integer) 1`, `(nil)`, `1) "a"`, `(error) ERR …`,
 * `(empty array)`) and raw when stdout is not one (`docker exec` without `-t`) or with `--raw`.
 */
import { NetError, type ProcessContext, type Program, type Socket } from '../types.js';
import { StreamReader } from '../net/http-message.js';
import { encodeCommand, readReply, splitArgs, type Reply } from './resp.js';
import { redisBuild } from './server.js';

/** A quoted string as redis-cli prints it (sdscatrepr). */
function repr(s: string): string {
  let out = '"';
  for (const c of s) {
    const code = c.charCodeAt(0);
    if (c === '\\' || c === '"') out += `\\${c}`;
    else if (c === '\n') out += '\\n';
    else if (c === '\r') out += '\\r';
    else if (c === '\t') out += '\\t';
    else if (code < 32 || code === 127) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else out += c;
  }
  return `${out}"`;
}

/** The terminal format of a reply (cliFormatReplyTTY). */
export function formatTTY(r: Reply, prefix = ''): string {
  switch (r.type) {
    case 'error':
      return `(error) ${r.value}\n`;
    case 'status':
      return `${r.value}\n`;
    case 'integer':
      return `(integer) ${r.value}\n`;
    case 'bulk':
      return r.value === null ? '(nil)\n' : `${repr(r.value)}\n`;
    case 'array': {
      if (r.value === null) return '(nil)\n';
      if (r.value.length === 0) return '(empty array)\n';
      const width = String(r.value.length).length;
      const inner = prefix + ' '.repeat(width + 2);
      return r.value.map((item, i) => `${i === 0 ? '' : prefix}${String(i + 1).padStart(width)}) ${formatTTY(item, inner)}`).join('');
    }
  }
}

/** The raw format of a reply (cliFormatReplyRaw), with the newline redis-cli adds. */
export function formatRaw(r: Reply): string {
  const raw = (x: Reply): string => (x.type === 'array' ? (x.value ?? []).map(raw).join('\n') : x.type === 'bulk' ? x.value ?? '' : String(x.value));
  return `${raw(r)}\n`;
}

interface Options {
  host: string;
  port: number;
  password?: string;
  db: number;
  raw?: boolean;
  command: string[];
}

function parse(args: readonly string[]): Options {
  const o: Options = { host: '127.0.0.1', port: 6379, db: 0, command: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-h') o.host = args[++i] ?? o.host;
    else if (a === '-p') o.port = Number(args[++i]);
    else if (a === '-a' || a === '--pass') o.password = args[++i] ?? '';
    else if (a === '-n') o.db = Number(args[++i]);
    else if (a === '--raw') o.raw = true;
    else if (a === '--no-raw') o.raw = false;
    else {
      o.command = args.slice(i);
      break;
    }
  }
  return o;
}

function resolveError(ctx: ProcessContext): string {
  return ctx.fs.exists('/etc/alpine-release') ? 'Name does not resolve' : 'Name or service not known';
}

/** The `redis-cli` program. */
export const redisCli: Program = async (ctx) => {
  const args = ctx.argv.slice(1);
  if (args[0] === '-v' || args[0] === '--version') {
    ctx.stdout.write(`redis-cli ${redisBuild(ctx, 'redis-cli').version}\n`);
    return 0;
  }
  const o = parse(args);
  if (o.password !== undefined) ctx.stderr.write("Warning: Using a password with '-a' or '-u' option on the command line interface may not be safe.\n");
  const tty = o.raw === undefined ? ctx.stdout.isTTY : !o.raw;
  const format = (r: Reply) => (tty ? formatTTY(r) : formatRaw(r));
  const address = `${o.host}:${o.port}`;
  let socket: Socket;
  try {
    socket = await ctx.net.connect(o.host, o.port);
  } catch (e) {
    if (!(e instanceof NetError)) throw e;
    const why = e.code === 'ENOTFOUND' ? resolveError(ctx) : e.code === 'ECONNREFUSED' ? 'Connection refused' : e.code === 'ETIMEDOUT' ? 'Connection timed out' : 'No route to host';
    ctx.stderr.write(`Could not connect to Redis at ${address}: ${why}\n`);
    if (o.command.length === 0 && ctx.stdin.isTTY) {
      ctx.stdout.write('not connected> ');
      await ctx.stdin.readLine();
    }
    return 1;
  }
  const reader = new StreamReader(socket);
  const call = async (argv: readonly string[]): Promise<Reply | null> => {
    socket.write(encodeCommand(argv));
    return readReply(reader);
  };
  try {
    if (o.password !== undefined) await call(['AUTH', o.password]);
    if (o.db !== 0) await call(['SELECT', String(o.db)]);
    if (o.command.length > 0) {
      const r = await call(o.command);
      if (!r) return 1;
      ctx.stdout.write(format(r));
      return r.type === 'error' ? 1 : 0;
    }
    const prompt = `${address}${o.db !== 0 ? `[${o.db}]` : ''}> `;
    const interactive = ctx.stdin.isTTY === true;
    for (;;) {
      if (interactive) ctx.stdout.write(prompt);
      const line = await ctx.stdin.readLine();
      if (line === null) return 0;
      const argv = splitArgs(line);
      if (argv === undefined) {
        ctx.stdout.write('Invalid argument(s)\n');
        continue;
      }
      if (argv.length === 0) continue;
      if (interactive && ['quit', 'exit'].includes(argv[0]!.toLowerCase())) return 0;
      const r = await call(argv);
      if (!r) return 1;
      ctx.stdout.write(interactive ? formatTTY(r) : format(r));
    }
  } finally {
    socket.close();
  }
};
