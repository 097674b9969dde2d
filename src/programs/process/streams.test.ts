import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPipe, InputBuffer, inputOf } from './streams.js';

describe('pipes and inputs', () => {
  it('readLine leaves the rest for the next reader (a shared offset), read() returns what is left', async () => {
    const input = inputOf('one\ntwo\nthree');
    expect(await input.readLine()).toBe('one');
    expect(new TextDecoder().decode((await input.read())!)).toBe('two\nthree');
    expect(await input.read()).toBeNull();
    expect(await input.readLine()).toBeNull();
  });

  it('a reader waits for the writer, sees a final unterminated line, then end of input', async () => {
    const pipe = createPipe();
    const lines: (string | null)[] = [];
    const reading = (async () => {
      for (let l = await pipe.reader.readLine(); ; l = await pipe.reader.readLine()) {
        lines.push(l);
        if (l === null) break;
      }
    })();
    pipe.writer.write('a\nb');
    await Promise.resolve();
    pipe.writer.write('c\n');
    pipe.writer.write('last');
    pipe.writer.close();
    await reading;
    expect(lines).toEqual(['a', 'bc', 'last', null]);
  });

  it('closing the read end breaks the pipe: buffered bytes are dropped, writes are refused', () => {
    const pipe = createPipe();
    pipe.writer.write('x');
    expect(pipe.writer.broken).toBe(false);
    pipe.reader.close();
    expect(pipe.writer.broken).toBe(true);
    pipe.writer.write('y');
    expect(pipe.reader.buffered).toBe(0);
  });

  it('readAll returns exactly the bytes written, in any chunking', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.uint8Array({ maxLength: 20 }), { maxLength: 20 }), async (chunks) => {
        const input = new InputBuffer();
        for (const c of chunks) input.push(c);
        input.end();
        const expected = Uint8Array.from(chunks.flatMap((c) => [...c]));
        expect(await input.readAll()).toEqual(expected);
      }),
    );
  });
});
