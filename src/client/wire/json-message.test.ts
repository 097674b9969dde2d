import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDockerError } from '../../core/errors.js';
import { encodeMessage, errorMessage, messageError, readJsonLines } from './json-message.js';

function streamOf(chunks: readonly Uint8Array[]): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (i < chunks.length) controller.enqueue(chunks[i++]!);
      else controller.close();
    },
  });
}

async function collect(stream: ReadableStream<Uint8Array>): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const value of readJsonLines(stream)) out.push(value);
  return out;
}

describe('JSON message streams', () => {
  it('writes messages as the daemon does, CRLF-separated', () => {
    expect(new TextDecoder().decode(encodeMessage({ status: 'Pulling fs layer', id: 'f18232174bc9' }))).toBe(
      '{"status":"Pulling fs layer","id":"f18232174bc9"}\r\n',
    );
  });

  it('ends a stream with errorDetail and the deprecated error field', () => {
    expect(errorMessage({ message: 'boom', code: 127 })).toEqual({ errorDetail: { code: 127, message: 'boom' }, error: 'boom' });
    expect(errorMessage({ message: 'denied' })).toEqual({ errorDetail: { message: 'denied' }, error: 'denied' });
    const error = messageError(errorMessage({ message: 'denied' }));
    expect(isDockerError(error) && error.message).toBe('denied');
    expect(messageError({ status: 'ok' })).toBeUndefined();
  });

  it('reads the same values however the bytes are chunked, with \\n or \\r\\n', async () => {
    const value = fc.record({ status: fc.string(), n: fc.integer() });
    await fc.assert(
      fc.asyncProperty(fc.array(value, { maxLength: 6 }), fc.boolean(), fc.array(fc.nat(), { maxLength: 5 }), async (values, crlf, cuts) => {
        const bytes = new TextEncoder().encode(values.map((v) => JSON.stringify(v) + (crlf ? '\r\n' : '\n')).join(''));
        const points = [...new Set(cuts.map((c) => c % (bytes.length + 1))), bytes.length].sort((a, b) => a - b);
        const chunks = points.map((p, i) => bytes.slice(i === 0 ? 0 : points[i - 1], p));
        expect(await collect(streamOf(chunks))).toEqual(values);
      }),
    );
  });

  it('reads a last value without a newline, and fails on a line that is not JSON', async () => {
    expect(await collect(streamOf([new TextEncoder().encode('{"a":1}\n{"b":2}')]))).toEqual([{ a: 1 }, { b: 2 }]);
    await expect(collect(streamOf([new TextEncoder().encode('{"a":1}\nnope\n')]))).rejects.toThrow(SyntaxError);
  });
});
