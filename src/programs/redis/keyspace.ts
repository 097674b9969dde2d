/**
 * @module
 * redis's keyspace and the commands a tutorial uses: strings (SET with EX/PX/NX/XX/GET, GET,
 * INCR…, APPEND, MGET/MSET), keys (DEL, EXISTS, KEYS, TYPE, EXPIRE/TTL/PERSIST with times on the
 * virtual clock, expired keys vanishing lazily), lists (LPUSH/RPUSH/LRANGE/LLEN/LPOP/RPOP),
 * hashes (HSET/HGET/HGETALL/HDEL), and the server's FLUSHALL/DBSIZE/SELECT. Errors are redis's
 * words (`ERR wrong number of arguments for 'get' command`, `WRONGTYPE …`).
 */
import { glob } from './glob.js';
import { reply, type Reply } from './resp.js';

/** A stored value. */
export type Value = { readonly kind: 'string'; readonly value: string } | { readonly kind: 'list'; readonly value: string[] } | { readonly kind: 'hash'; readonly value: Map<string, string> };

interface Entry {
  value: Value;
  /** Virtual epoch ms when the key expires. */
  expireAt?: number;
}

const WRONGTYPE = reply.error('WRONGTYPE Operation against a key holding the wrong kind of value');
const NOT_INTEGER = reply.error('ERR value is not an integer or out of range');
const SYNTAX = reply.error('ERR syntax error');

/** Arity as redis declares it: exact when positive, a minimum when negative (the name counts). */
const ARITY: { readonly [name: string]: number } = {
  ping: -1, echo: 2, set: -3, get: 2, del: -2, exists: -2, incr: 2, decr: 2, incrby: 3, decrby: 3, append: 3, mget: -2, mset: -3,
  keys: 2, type: 2, expire: -3, pexpire: -3, ttl: 2, pttl: 2, persist: 2,
  lpush: -3, rpush: -3, lrange: 4, llen: 2, lpop: -2, rpop: -2,
  hset: -4, hget: 3, hgetall: 2, hdel: -3,
  flushall: -1, flushdb: -1, dbsize: 1, select: 2,
};

function integer(text: string): number | undefined {
  return /^-?\d+$/.test(text) && Math.abs(Number(text)) <= Number.MAX_SAFE_INTEGER ? Number(text) : undefined;
}

/** One redis database (db 0; SELECT accepts 0–15 but they share it). */
export class Keyspace {
  readonly #entries = new Map<string, Entry>();
  readonly #now: () => number;

  constructor(now: () => number) {
    this.#now = now;
  }

  #get(key: string): Entry | undefined {
    const e = this.#entries.get(key);
    if (e?.expireAt !== undefined && e.expireAt <= this.#now()) {
      this.#entries.delete(key);
      return undefined;
    }
    return e;
  }

  /** Live keys and values, for saving. */
  snapshot(): [string, Value, number | undefined][] {
    return [...this.#entries.keys()].flatMap((k) => {
      const e = this.#get(k);
      return e ? [[k, e.value, e.expireAt] as [string, Value, number | undefined]] : [];
    });
  }

  /** Restores a saved key. */
  restore(key: string, value: Value, expireAt?: number): void {
    this.#entries.set(key, { value, ...(expireAt !== undefined ? { expireAt } : {}) });
  }

  /** Number of live keys. */
  get size(): number {
    return this.snapshot().length;
  }

  #string(key: string): string | null | Reply {
    const e = this.#get(key);
    if (!e) return null;
    return e.value.kind === 'string' ? e.value.value : WRONGTYPE;
  }

  #list(key: string, create: boolean): string[] | undefined | Reply {
    const e = this.#get(key);
    if (!e) {
      if (!create) return undefined;
      const value: string[] = [];
      this.#entries.set(key, { value: { kind: 'list', value } });
      return value;
    }
    return e.value.kind === 'list' ? e.value.value : WRONGTYPE;
  }

  #hash(key: string, create: boolean): Map<string, string> | undefined | Reply {
    const e = this.#get(key);
    if (!e) {
      if (!create) return undefined;
      const value = new Map<string, string>();
      this.#entries.set(key, { value: { kind: 'hash', value } });
      return value;
    }
    return e.value.kind === 'hash' ? e.value.value : WRONGTYPE;
  }

  #incr(key: string, by: number): Reply {
    const current = this.#string(key);
    if (typeof current === 'object' && current !== null) return current;
    const n = current === null ? 0 : integer(current);
    if (n === undefined) return NOT_INTEGER;
    const e = this.#get(key);
    this.#entries.set(key, { value: { kind: 'string', value: String(n + by) }, ...(e?.expireAt !== undefined ? { expireAt: e.expireAt } : {}) });
    return reply.integer(n + by);
  }

  #set(args: readonly string[]): Reply {
    const [key = '', value = ''] = args;
    let expireAt: number | undefined;
    let nx = false;
    let xx = false;
    let keep = false;
    let get = false;
    for (let i = 2; i < args.length; i++) {
      const opt = args[i]!.toUpperCase();
      if (opt === 'NX') nx = true;
      else if (opt === 'XX') xx = true;
      else if (opt === 'KEEPTTL') keep = true;
      else if (opt === 'GET') get = true;
      else if ((opt === 'EX' || opt === 'PX') && i + 1 < args.length) {
        const n = integer(args[++i]!);
        if (n === undefined) return NOT_INTEGER;
        if (n <= 0) return reply.error(`ERR invalid expire time in 'set' command`);
        expireAt = this.#now() + (opt === 'EX' ? n * 1000 : n);
      } else return SYNTAX;
    }
    if (nx && xx) return SYNTAX;
    const old = this.#get(key);
    if (get && old && old.value.kind !== 'string') return WRONGTYPE;
    const previous = get ? reply.bulk(old?.value.kind === 'string' ? old.value.value : null) : undefined;
    if ((nx && old) || (xx && !old)) return previous ?? reply.bulk(null);
    if (keep && old?.expireAt !== undefined && expireAt === undefined) expireAt = old.expireAt;
    this.#entries.set(key, { value: { kind: 'string', value }, ...(expireAt !== undefined ? { expireAt } : {}) });
    return previous ?? reply.ok;
  }

  #ttl(key: string, unit: number): Reply {
    const e = this.#get(key);
    if (!e) return reply.integer(-2);
    if (e.expireAt === undefined) return reply.integer(-1);
    return reply.integer(Math.round((e.expireAt - this.#now()) / unit));
  }

  #range(list: readonly string[], startText: string, stopText: string): Reply {
    const start0 = integer(startText);
    const stop0 = integer(stopText);
    if (start0 === undefined || stop0 === undefined) return NOT_INTEGER;
    const n = list.length;
    const start = Math.max(0, start0 < 0 ? n + start0 : start0);
    const stop = Math.min(n - 1, stop0 < 0 ? n + stop0 : stop0);
    return reply.strings(start > stop ? [] : list.slice(start, stop + 1));
  }

  /** Runs one command; undefined when redis does not know it (the server words that error). */
  execute(argv: readonly string[]): Reply | undefined {
    const name = (argv[0] ?? '').toLowerCase();
    const arity = ARITY[name];
    if (arity === undefined) return undefined;
    if (arity > 0 ? argv.length !== arity : argv.length < -arity) return reply.error(`ERR wrong number of arguments for '${name}' command`);
    const a = argv.slice(1);
    const key = a[0] ?? '';
    switch (name) {
      case 'ping':
        return a.length > 1 ? reply.error(`ERR wrong number of arguments for 'ping' command`) : a.length === 1 ? reply.bulk(a[0]!) : reply.status('PONG');
      case 'echo':
        return reply.bulk(key);
      case 'set':
        return this.#set(a);
      case 'get': {
        const v = this.#string(key);
        return typeof v === 'object' && v !== null ? v : reply.bulk(v);
      }
      case 'mget':
        return reply.array(a.map((k) => {
          const e = this.#get(k);
          return reply.bulk(e?.value.kind === 'string' ? e.value.value : null);
        }));
      case 'mset':
        if (a.length % 2 !== 0) return reply.error(`ERR wrong number of arguments for 'mset' command`);
        for (let i = 0; i < a.length; i += 2) this.#entries.set(a[i]!, { value: { kind: 'string', value: a[i + 1]! } });
        return reply.ok;
      case 'append': {
        const v = this.#string(key);
        if (typeof v === 'object' && v !== null) return v;
        const next = (v ?? '') + a[1]!;
        this.#entries.set(key, { value: { kind: 'string', value: next } });
        return reply.integer(new TextEncoder().encode(next).length);
      }
      case 'del':
        return reply.integer(a.filter((k) => this.#get(k) && this.#entries.delete(k)).length);
      case 'exists':
        return reply.integer(a.filter((k) => this.#get(k)).length);
      case 'incr':
      case 'decr':
        return this.#incr(key, name === 'incr' ? 1 : -1);
      case 'incrby':
      case 'decrby': {
        const by = integer(a[1]!);
        return by === undefined ? NOT_INTEGER : this.#incr(key, name === 'incrby' ? by : -by);
      }
      case 'keys': {
        const re = glob(key);
        return reply.strings(this.snapshot().map(([k]) => k).filter((k) => re.test(k)));
      }
      case 'type':
        return reply.status(this.#get(key)?.value.kind ?? 'none');
      case 'expire':
      case 'pexpire': {
        const n = integer(a[1]!);
        if (n === undefined) return NOT_INTEGER;
        const e = this.#get(key);
        if (!e) return reply.integer(0);
        if (n <= 0) this.#entries.delete(key);
        else e.expireAt = this.#now() + (name === 'expire' ? n * 1000 : n);
        return reply.integer(1);
      }
      case 'ttl':
      case 'pttl':
        return this.#ttl(key, name === 'ttl' ? 1000 : 1);
      case 'persist': {
        const e = this.#get(key);
        if (!e || e.expireAt === undefined) return reply.integer(0);
        delete e.expireAt;
        return reply.integer(1);
      }
      case 'lpush':
      case 'rpush': {
        const list = this.#list(key, true) as string[] | Reply;
        if (!Array.isArray(list)) return list;
        for (const v of a.slice(1)) name === 'lpush' ? list.unshift(v) : list.push(v);
        return reply.integer(list.length);
      }
      case 'lrange': {
        const list = this.#list(key, false);
        if (list !== undefined && !Array.isArray(list)) return list;
        return this.#range(list ?? [], a[1]!, a[2]!);
      }
      case 'llen': {
        const list = this.#list(key, false);
        return list === undefined ? reply.integer(0) : Array.isArray(list) ? reply.integer(list.length) : list;
      }
      case 'lpop':
      case 'rpop': {
        const list = this.#list(key, false);
        if (list === undefined) return reply.bulk(null);
        if (!Array.isArray(list)) return list;
        const v = name === 'lpop' ? list.shift() : list.pop();
        if (list.length === 0) this.#entries.delete(key);
        return reply.bulk(v ?? null);
      }
      case 'hset': {
        if (a.length % 2 === 0) return reply.error(`ERR wrong number of arguments for 'hset' command`);
        const hash = this.#hash(key, true);
        if (!(hash instanceof Map)) return hash as Reply;
        let added = 0;
        for (let i = 1; i < a.length; i += 2) {
          if (!hash.has(a[i]!)) added++;
          hash.set(a[i]!, a[i + 1]!);
        }
        return reply.integer(added);
      }
      case 'hget': {
        const hash = this.#hash(key, false);
        if (hash !== undefined && !(hash instanceof Map)) return hash;
        return reply.bulk(hash?.get(a[1]!) ?? null);
      }
      case 'hgetall': {
        const hash = this.#hash(key, false);
        if (hash !== undefined && !(hash instanceof Map)) return hash;
        return reply.strings([...(hash ?? new Map<string, string>())].flat());
      }
      case 'hdel': {
        const hash = this.#hash(key, false);
        if (hash === undefined) return reply.integer(0);
        if (!(hash instanceof Map)) return hash;
        const n = a.slice(1).filter((f) => hash.delete(f)).length;
        if (hash.size === 0) this.#entries.delete(key);
        return reply.integer(n);
      }
      case 'flushall':
      case 'flushdb':
        this.#entries.clear();
        return reply.ok;
      case 'dbsize':
        return reply.integer(this.size);
      case 'select': {
        const db = integer(key);
        if (db === undefined) return NOT_INTEGER;
        return db >= 0 && db < 16 ? reply.ok : reply.error('ERR DB index is out of range');
      }
      default:
        return undefined;
    }
  }
}
