import { describe, expect, it } from 'vitest';
import { isDockerError } from '../core/errors.js';
import { PayloadTooLarge, readBody, readJson, readJsonObject } from './body.js';
import { statusOf } from './status.js';

const post = (body: string | ReadableStream<Uint8Array> | null, headers: Record<string, string> = {}) =>
  new Request('http://x/containers/create', { method: 'POST', body, headers, ...(body instanceof ReadableStream ? { duplex: 'half' } : {}) } as RequestInit);

const chunked = (...parts: string[]) => {
  let i = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (i < parts.length) controller.enqueue(new TextEncoder().encode(parts[i++]!));
      else controller.close();
    },
  });
};

async function failure(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    if (!isDockerError(error)) throw error;
    return `${statusOf(error)} ${error.message}`;
  }
  return 'no error';
}

describe('request bodies', () => {
  it('reads JSON with Content-Type application/json (parameters allowed)', async () => {
    expect(await readJson(post('{"Image":"alpine"}', { 'Content-Type': 'application/json; charset=utf-8' }), 1024)).toEqual({ Image: 'alpine' });
  });

  it('accepts no body at all, but a Content-Type must still be JSON (moby CheckForJSON)', async () => {
    expect(await readJson(post(null), 1024)).toBeUndefined();
    expect(await readJson(post(null, { 'Content-Length': '0' }), 1024)).toBeUndefined();
    expect(await readJson(post(null, { 'Content-Length': '0', 'Content-Type': 'application/json' }), 1024)).toBeUndefined();
    expect(await failure(readJson(post(null, { 'Content-Length': '0', 'Content-Type': 'text/plain' }), 1024))).toBe(
      "400 unsupported Content-Type header (text/plain): must be 'application/json'",
    );
  });

  it.each([
    ['{"a":1}', { 'Content-Type': 'text/plain' }, "400 unsupported Content-Type header (text/plain): must be 'application/json'"],
    ['{"a":1}', {}, '400 malformed Content-Type header (): mime: no media type'],
    ['{"a":1}', { 'Content-Type': 'json' }, '400 malformed Content-Type header (json): mime: expected slash after first token'],
    ['{"a":', { 'Content-Type': 'application/json' }, '400 invalid JSON: unexpected EOF'],
    ['{"a" 1}', { 'Content-Type': 'application/json' }, "400 invalid JSON: invalid character '1' after object key"],
    ['{"a":1} {"b":2}', { 'Content-Type': 'application/json' }, '400 unexpected content after JSON'],
    ['', { 'Content-Type': 'application/json' }, '400 invalid JSON: got EOF while reading request body'],
  ])('refuses %j with %j: %s', async (body, headers, expected) => {
    expect(await failure(readJson(post(chunked(body), headers), 1024))).toBe(expected);
  });

  it('answers 413 for a body over the limit, declared or streamed', async () => {
    const big = 'x'.repeat(2000);
    expect(await failure(readBody(post(big, { 'Content-Length': '2000' }), 1024))).toBe('413 request body is larger than the limit of 1KiB');
    expect(await failure(readBody(post(chunked(big.slice(0, 1000), big.slice(1000))), 1024))).toBe('413 request body is larger than the limit of 1KiB');
    expect(new PayloadTooLarge(4 * 1024 * 1024).message).toBe('request body is larger than the limit of 4MiB');
    expect((await readBody(post(chunked('ab', 'cd')), 4)).length).toBe(4);
  });

  it('reads an object body as a Go struct would be', async () => {
    const json = { 'Content-Type': 'application/json' };
    expect(await readJsonObject(post('{"Cmd":["ls"]}', json), 1024, 'container.ExecOptions')).toEqual({ Cmd: ['ls'] });
    expect(await readJsonObject(post('null', json), 1024, 'container.ExecOptions')).toEqual({});
    expect(await readJsonObject(post(null), 1024, 'container.ExecOptions')).toEqual({});
    expect(await failure(readJsonObject(post('[1]', json), 1024, 'container.ExecOptions'))).toBe(
      '400 invalid JSON: json: cannot unmarshal array into Go value of type container.ExecOptions',
    );
    expect(await failure(readJsonObject(post('"x"', json), 1024, 'types.T'))).toBe('400 invalid JSON: json: cannot unmarshal string into Go value of type types.T');
  });
});
