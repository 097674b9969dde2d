import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asDigest, digestOf, digester, isDigest } from './digest.js';

describe('digests', () => {
  it('match known sha256 vectors', () => {
    expect(digestOf('')).toBe('sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    // The DiffID of an empty tar (1024 zero bytes), as moby's layer/empty.go states.
    expect(digestOf(new Uint8Array(1024))).toBe('sha256:5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef');
  });

  it('equal node:crypto for any content, whole or incremental', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2_000 }), fc.nat(2_000), (bytes, cut) => {
        const expected = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
        expect(digestOf(bytes)).toBe(expected);
        const d = digester();
        d.update(bytes.subarray(0, cut));
        d.update(bytes.subarray(cut));
        expect(d.digest()).toBe(expected);
        expect(isDigest(expected)).toBe(true);
      }),
    );
  });

  it('rejects malformed digests', () => {
    expect(() => asDigest('sha256:xyz')).toThrow('invalid checksum digest format');
    expect(isDigest('md5:00')).toBe(false);
  });
});
