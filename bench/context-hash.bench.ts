/**
 * Build-context hashing: the TarSum v1 checksums the classic builder keys its cache with, over a
 * 2,000-file context (~4 MB), against node:crypto's sha256 of the same bytes. Also the dir: hash
 * a `COPY . .` computes from those sums, and the .dockerignore filter over the same listing.
 */
import { createHash } from 'node:crypto';
import { bench, describe } from 'vitest';
import { filterContext } from '../src/build/context/send.js';
import { indexSources, resolveCopySources } from '../src/build/context/sources.js';
import { contextEntrySum } from '../src/build/context/tarsum.js';

const FILES = Array.from({ length: 2000 }, (_, i) => {
  const path = `src/module-${i % 40}/file-${i}.js`;
  const content = new TextEncoder().encode(`// file ${i}\n${'export const x = 1;\n'.repeat(100 + (i % 10) * 10)}`);
  return { path, content };
});
const listing = FILES.map(({ path, content }) => ({ path, kind: 'file' as const, sum: contextEntrySum({ path, kind: 'file' }, 0o644, content) }));
const index = indexSources(listing);

describe('context hashing', () => {
  bench('tarsum 2000 files', () => {
    for (const { path, content } of FILES) contextEntrySum({ path, kind: 'file' }, 0o644, content);
  }, { time: 1500, warmupTime: 300 });

  bench('node:crypto sha256 2000 files', () => {
    for (const { content } of FILES) createHash('sha256').update(content).digest('hex');
  }, { time: 1500, warmupTime: 300 });

  bench('COPY . . checksum of 2000 sums', () => {
    resolveCopySources(index, ['.'], '/app', { instruction: 'COPY' });
  }, { time: 1500, warmupTime: 300 });

  bench('.dockerignore filter of 2000 files', () => {
    filterContext(listing, ['**/*.md', 'src/module-3', '!src/module-3/file-3.js']);
  }, { time: 1500, warmupTime: 300 });
});
