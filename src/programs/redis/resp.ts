/**
 * @module
 * RESP2, the protocol between redis-cli (or any client) and redis-server: replies as simple
 * strings, errors, integers, bulk strings (nil as `$-1`) and arrays; commands as arrays of bulk
 * strings, or as an inline line (`PING\r\n`) the way `telnet`/`nc` users type them.
 */
import type { StreamReader } from '../net/http-message.js';

/** A reply. */
export type Reply =
  | { readonly type: 'status'; readonly value: string }
  | { readonly type: 'error'; readonly value: string }
  | { readonly type: 'integer'; readonly value: number }
  | { readonly type: 'bulk'; readonly value: string | null }
  | { readonly type: 'array'; readonly value: readonly Reply[] | null };

/** Reply constructors. */
export const reply = {
  ok: { type: 'status', value: 'OK' } as Reply,
  status: (value: string): Reply => ({ type: 'status', value }),
  error: (value: string): Reply => ({ type: 'error', value }),
  integer: (value: number): Reply => ({ type: 'integer', value }),
  bulk: (value: string | null): Reply => ({ type: 'bulk', value }),
  array: (value: readonly Reply[] | null): Reply => ({ type: 'array', value }),
  strings: (values: readonly string[]): Reply => ({ type: 'array', value: values.map((v) => ({ type: 'bulk', value: v })) }),
};

const bytes = (s: string) => new TextEncoder().encode(s).length;

/** The wire form of a reply. */
export function encodeReply(r: Reply): string {
  switch (r.type) {
    case 'status':
      return `+${r.value}\r\n`;
    case 'error':
      return `-${r.value}\r\n`;
    case 'integer':
      return `:${r.value}\r\n`;
    case 'bulk':
      return r.value === null ? '$-1\r\n' : `$${bytes(r.value)}\r\n${r.value}\r\n`;
    case 'array':
      return r.value === null ? '*-1\r\n' : `*${r.value.length}\r\n${r.value.map(encodeReply).join('')}`;
  }
}

/** The wire form of a command. */
export function encodeCommand(args: readonly string[]): string {
  return `*${args.length}\r\n${args.map((a) => `$${bytes(a)}\r\n${a}\r\n`).join('')}`;
}

/** Splits an inline command or a redis-cli line into arguments (double and single quotes, `\` escapes in double quotes). */
export function splitArgs(line: string): string[] | undefined {
  const out: string[] = [];
  let i = 0;
  while (i < line.length) {
    while (i < line.length && /\s/.test(line[i]!)) i++;
    if (i >= line.length) break;
    let word = '';
    const q = line[i];
    if (q === '"' || q === "'") {
      i++;
      while (i < line.length && line[i] !== q) {
        if (q === '"' && line[i] === '\\' && i + 1 < line.length) {
          const c = line[++i]!;
          word += c === 'n' ? '\n' : c === 't' ? '\t' : c === 'r' ? '\r' : c;
        } else word += line[i];
        i++;
      }
      if (i >= line.length) return undefined; // unbalanced quotes
      i++;
    } else while (i < line.length && !/\s/.test(line[i]!)) word += line[i++];
    out.push(word);
  }
  return out;
}

/** Reads one command (array or inline); null at end of input. */
export async function readCommand(reader: StreamReader): Promise<string[] | null> {
  const line = await reader.line();
  if (line === null) return null;
  if (!line.startsWith('*')) return splitArgs(line) ?? [];
  const n = Number(line.slice(1));
  const args: string[] = [];
  for (let i = 0; i < n; i++) {
    const head = await reader.line();
    if (head === null) return null;
    const len = Number(head.slice(1));
    args.push(new TextDecoder().decode(await reader.bytes(len)));
    await reader.line();
  }
  return args;
}

/** Reads one reply; null at end of input. */
export async function readReply(reader: StreamReader): Promise<Reply | null> {
  const line = await reader.line();
  if (line === null) return null;
  const body = line.slice(1);
  switch (line[0]) {
    case '+':
      return reply.status(body);
    case '-':
      return reply.error(body);
    case ':':
      return reply.integer(Number(body));
    case '$': {
      const len = Number(body);
      if (len < 0) return reply.bulk(null);
      const value = new TextDecoder().decode(await reader.bytes(len));
      await reader.line();
      return reply.bulk(value);
    }
    case '*': {
      const n = Number(body);
      if (n < 0) return reply.array(null);
      const items: Reply[] = [];
      for (let i = 0; i < n; i++) {
        const item = await readReply(reader);
        if (!item) return null;
        items.push(item);
      }
      return reply.array(items);
    }
    default:
      return reply.error(`ERR Protocol error: ${line}`);
  }
}
