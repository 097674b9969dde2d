import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { concat, decodeFrames, encodeFrame, StdcopyDecoder, type StdStream } from './stdcopy.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('stdcopy framing', () => {
  it('frames a payload as the daemon does (captured bytes)', () => {
    // engine-api-flows.md §3.2: "out: ls /\n" on stdout.
    expect([...encodeFrame(1, utf8('out: ls /\n'))].slice(0, 8)).toEqual([1, 0, 0, 0, 0, 0, 0, 10]);
    expect(decodeFrames(encodeFrame(2, utf8('err\n')))).toEqual([{ stream: 2, payload: utf8('err\n') }]);
  });

  it('puts the length big-endian in bytes 4-7', () => {
    expect([...encodeFrame(1, new Uint8Array(0x010203))].slice(0, 8)).toEqual([1, 0, 0, 0, 0, 1, 2, 3]);
  });

  it('decodes any sequence of frames however the bytes are split', () => {
    const frame = fc.record({ stream: fc.constantFrom<StdStream>(0, 1, 2), payload: fc.uint8Array({ maxLength: 40 }) });
    fc.assert(
      fc.property(fc.array(frame, { maxLength: 8 }), fc.array(fc.nat(), { maxLength: 6 }), (frames, cuts) => {
        const bytes = concat(...frames.map((f) => encodeFrame(f.stream, f.payload)));
        const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
        const decoder = new StdcopyDecoder();
        const out = [];
        let last = 0;
        for (const p of [...points, bytes.length]) {
          out.push(...decoder.push(bytes.slice(last, p)));
          last = p;
        }
        decoder.end();
        expect(out).toEqual(frames);
      }),
    );
  });

  it('reports a daemon error frame and an unknown stream as the Go client does', () => {
    expect(() => decodeFrames(encodeFrame(3, utf8('boom')))).toThrow('error from daemon in stream: boom');
    const bad = encodeFrame(1, utf8('x'));
    bad[0] = 9;
    expect(() => decodeFrames(bad)).toThrow('Unrecognized input header: 9');
  });

  it('refuses a stream cut inside a frame', () => {
    const decoder = new StdcopyDecoder();
    expect(decoder.push(encodeFrame(1, utf8('hello')).slice(0, 10))).toEqual([]);
    expect(decoder.pending).toBe(10);
    expect(() => decoder.end()).toThrow('unexpected EOF');
  });
});
