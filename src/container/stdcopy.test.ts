import { describe, expect, it } from 'vitest';
import { demultiplex, multiplexFrame } from './stdcopy.js';

describe('stdcopy framing', () => {
  it('frames as the fact sheet shows: `out: ls /\\n` on stdout', () => {
    const frame = multiplexFrame('stdout', new TextEncoder().encode('out: ls /\n'));
    expect([...frame.slice(0, 8)]).toEqual([1, 0, 0, 0, 0, 0, 0, 10]);
  });
  it('demultiplexes what it framed, in order', () => {
    const a = multiplexFrame('stdout', new TextEncoder().encode('a'));
    const b = multiplexFrame('stderr', new TextEncoder().encode('bb'));
    const joined = new Uint8Array([...a, ...b]);
    expect(demultiplex(joined).map((f) => [f.stream, new TextDecoder().decode(f.data)])).toEqual([['stdout', 'a'], ['stderr', 'bb']]);
  });
});
