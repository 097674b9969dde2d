import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TarSumHeader } from './tarsum.js';
import { contextEntrySum, hashStringSlice, tarSumV1 } from './tarsum.js';

/** A minimal ustar + PAX reader, enough for moby's test layers. */
function readTar(bytes: Uint8Array): { header: TarSumHeader; content: Uint8Array }[] {
  const text = (from: number, len: number) => new TextDecoder().decode(bytes.subarray(from, from + len)).replace(/\0.*$/s, '');
  const octal = (from: number, len: number) => Number.parseInt(text(from, len).trim() || '0', 8);
  const out: { header: TarSumHeader; content: Uint8Array }[] = [];
  let pax: Record<string, Uint8Array> = {};
  const str = (b: Uint8Array | undefined) => (b === undefined ? undefined : new TextDecoder().decode(b));
  for (let off = 0; off + 512 <= bytes.length; ) {
    if (bytes.subarray(off, off + 512).every((b) => b === 0)) break;
    const size = octal(off + 124, 12);
    const typeflag = String.fromCharCode(bytes[off + 156]!);
    const content = bytes.subarray(off + 512, off + 512 + size);
    off += 512 + Math.ceil(size / 512) * 512;
    if (typeflag === 'x') {
      // Records are `<len> <key>=<value>\n`, values raw bytes.
      pax = {};
      for (let at = 0; at < content.length; ) {
        const space = content.indexOf(0x20, at);
        const len = Number(new TextDecoder().decode(content.subarray(at, space)));
        const record = content.subarray(space + 1, at + len - 1);
        const eq = record.indexOf(0x3d);
        pax[new TextDecoder().decode(record.subarray(0, eq))] = record.subarray(eq + 1);
        at += len;
      }
      continue;
    }
    const prefix = text(off - 512 - Math.ceil(size / 512) * 512 + 345, 155);
    const base = off - 512 - Math.ceil(size / 512) * 512;
    const name = str(pax['path']) ?? (prefix ? `${prefix}/${text(base, 100)}` : text(base, 100));
    const xattrs = Object.fromEntries(Object.entries(pax).filter(([k]) => k.startsWith('SCHILY.xattr.')).map(([k, v]) => [k.slice(13), v]));
    out.push({
      header: { name, mode: octal(base + 100, 8), uid: octal(base + 108, 8), gid: octal(base + 116, 8), size, typeflag, linkname: str(pax['linkpath']) ?? text(base + 157, 100), xattrs },
      content,
    });
    pax = {};
  }
  return out;
}

/** The whole-archive TarSum: sha256 of `extra` (the layer's json) and the entries' sums, sorted. */
function archiveSum(tar: Uint8Array, extra: Uint8Array): string {
  const sums = readTar(tar)
    .map(({ header, content }) => tarSumV1(header, content))
    .sort();
  return createHash('sha256').update(extra).update(sums.join('')).digest('hex');
}

const testdata = (name: string) => new Uint8Array(readFileSync(join(import.meta.dirname, 'testdata', name)));

describe('TarSum v1', () => {
  it('reproduces moby\'s test vectors (tarsum.dev uses the v1 header selection)', () => {
    expect(archiveSum(testdata('tarsum-46af0962.tar'), testdata('tarsum-46af0962.json'))).toBe('db56e35eec6ce65ba1588c20ba6b1ea23743b59e81fb6b7f358ccbde5580345c');
    expect(archiveSum(testdata('tarsum-xattr.tar'), testdata('tarsum-xattr.json'))).toBe('6c58917892d77b3b357b0f9ad1e28e1f4ae4de3a8006bd3beb8beda214d8fd16');
  });

  it('hashes the header fields then the content, as the TarSum spec says', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.stringMatching(/^[a-z/.]{1,20}$/), (content, name) => {
        const expected = createHash('sha256')
          .update(`name${name}mode420uid0gid0size${content.length}typeflag0linkname` + 'unamegnamedevmajor0devminor0')
          .update(content)
          .digest('hex');
        expect(contextEntrySum({ path: name, kind: 'file' }, 0o644, content)).toBe(expected);
      }),
    );
  });

  it('ignores nothing that matters and nothing else: content and mode change the sum, names get a slash for dirs', () => {
    const a = contextEntrySum({ path: 'a.txt', kind: 'file' }, 0o644, new TextEncoder().encode('x'));
    expect(contextEntrySum({ path: 'a.txt', kind: 'file' }, 0o644, new TextEncoder().encode('y'))).not.toBe(a);
    expect(contextEntrySum({ path: 'a.txt', kind: 'file' }, 0o755, new TextEncoder().encode('x'))).not.toBe(a);
    expect(contextEntrySum({ path: 'src', kind: 'dir' }, 0o755)).toBe(tarSumV1({ name: 'src/', mode: 0o755, size: 0, typeflag: '5' }));
  });

  it('joins hashes as moby hashStringSlice does', () => {
    expect(hashStringSlice('dir', ['a', 'b'])).toBe(`dir:${createHash('sha256').update('a,b').digest('hex')}`);
  });
});
