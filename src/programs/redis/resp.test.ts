/**
 * RESP round trips and the keyspace against a model: what a client writes is what the server
 * reads, and any sequence of SET/DEL/INCR leaves GET, EXISTS and DBSIZE answering as a plain map.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StreamReader } from '../net/http-message.js';
import { Keyspace } from './keyspace.js';
import { glob } from './glob.js';
import { encodeCommand, encodeReply, readCommand, readReply, reply, type Reply } from './resp.js';

function input(text: string) {
  let sent = false;
  const bytes = new TextEncoder().encode(text);
  return {
    read: async () => (sent ? null : ((sent = true), bytes)),
    readLine: async () => null,
    readAll: async () => bytes,
  };
}

const replyArb: fc.Arbitrary<Reply> = fc.letrec<{ reply: Reply }>((tie) => ({
  reply: fc.oneof(
    { depthSize: 'small' },
    fc.string().filter((s) => !/[\r\n]/.test(s)).map(reply.status),
    fc.string().filter((s) => !/[\r\n]/.test(s)).map(reply.error),
    fc.integer().map(reply.integer),
    fc.option(fc.string()).map(reply.bulk),
    fc.option(fc.array(tie('reply'), { maxLength: 4 })).map((items) => reply.array(items)),
  ),
})).reply;

describe('RESP', () => {
  it('reads back every reply it writes', async () => {
    await fc.assert(fc.asyncProperty(replyArb, async (r) => {
        expect(await readReply(new StreamReader(input(encodeReply(r))))).toEqual(r);
      }));
  });

  it('reads back every command it writes, any bytes in the arguments', async () => {
    await fc.assert(fc.asyncProperty(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), async (argv) => {
        expect(await readCommand(new StreamReader(input(encodeCommand(argv))))).toEqual(argv);
      }));
  });

  it('splits inline commands with quotes', async () => {
    expect(await readCommand(new StreamReader(input('SET "a key" \'v 1\'\r\n')))).toEqual(['SET', 'a key', 'v 1']);
  });
});

describe('the keyspace', () => {
  const op = fc.oneof(
    fc.tuple(fc.constant('SET'), fc.constantFrom('a', 'b', 'c'), fc.integer({ min: -5, max: 5 }).map(String)),
    fc.tuple(fc.constant('DEL'), fc.constantFrom('a', 'b', 'c')),
    fc.tuple(fc.constant('INCR'), fc.constantFrom('a', 'b', 'c')),
  );

  it('answers GET, EXISTS and DBSIZE as a map would after any SET/DEL/INCR', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
        const keys = new Keyspace(() => 0);
        const model = new Map<string, string>();
        for (const [name, key, value] of ops) {
          keys.execute([name, key, ...(value !== undefined ? [value] : [])]);
          if (name === 'SET') model.set(key, value!);
          else if (name === 'DEL') model.delete(key);
          else model.set(key, String(Number(model.get(key) ?? '0') + 1));
        }
        for (const key of ['a', 'b', 'c']) {
          expect(keys.execute(['GET', key])).toEqual(reply.bulk(model.get(key) ?? null));
          expect(keys.execute(['EXISTS', key])).toEqual(reply.integer(model.has(key) ? 1 : 0));
        }
        expect(keys.execute(['DBSIZE'])).toEqual(reply.integer(model.size));
      }),
    );
  });

  it('forgets a key when its TTL passes on the clock', () => {
    let now = 1_000;
    const keys = new Keyspace(() => now);
    keys.execute(['SET', 'k', 'v', 'PX', '500']);
    expect(keys.execute(['PTTL', 'k'])).toEqual(reply.integer(500));
    now += 499;
    expect(keys.execute(['GET', 'k'])).toEqual(reply.bulk('v'));
    now += 1;
    expect(keys.execute(['GET', 'k'])).toEqual(reply.bulk(null));
  });

  it.each([
    ['user:*', 'user:1', true],
    ['user:*', 'order:1', false],
    ['h?llo', 'hallo', true],
    ['h[ae]llo', 'hillo', false],
    ['a\\*', 'a*', true],
    ['a\\*', 'ab', false],
  ])('pattern %s matches %s: %s', (pattern, key, matches) => {
    expect(glob(pattern).test(key)).toBe(matches);
  });
});
