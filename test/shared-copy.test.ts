/** The vendored copy of ../shared (test/fixtures/shared) must equal the original wherever it exists. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED } from './helpers/shared.js';

const ORIGINAL = [join(import.meta.dirname, '..', '..', 'shared'), join(import.meta.dirname, '..', '..', '..', 'shared')].find((d) => existsSync(d));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
}

describe.skipIf(!ORIGINAL)('vendored shared material', () => {
  it.each(files(SHARED).map((f) => relative(SHARED, f)))('%s equals ../shared', (path) => {
    expect(readFileSync(join(SHARED, path)).equals(readFileSync(join(ORIGINAL!, path)))).toBe(true);
  });
});
