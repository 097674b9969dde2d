/**
 * Every runnable example in docs/examples prints exactly what its `.out` file says, and every
 * guide that embeds an example embeds it verbatim (between `<!-- example: name -->` markers), as
 * it does a test file of the suite (`<!-- test: path -->`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const EXAMPLES = join(ROOT, 'docs', 'examples');
const examples = readdirSync(EXAMPLES).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3));

describe('docs examples', () => {
  it.each(examples)('%s prints what its .out file says', async (name) => {
    const lines: string[] = [];
    const spy = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void lines.push(args.join(' ')));
    try {
      await import(join(EXAMPLES, `${name}.ts`));
    } finally {
      spy.mockRestore();
    }
    expect(lines.join('\n') + '\n').toBe(readFileSync(join(EXAMPLES, `${name}.out`), 'utf8'));
  });

  const pages = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => join('docs', f))];
  const embeds = pages.flatMap((page) =>
    [...readFileSync(join(ROOT, page), 'utf8').matchAll(/<!-- example: ([\w-]+) -->\n```ts\n([\s\S]*?)```/g)].map((m) => [page, m[1]!, m[2]!] as const),
  );

  it('the README embeds an example', () => {
    expect(embeds.some(([page]) => page === 'README.md')).toBe(true);
  });

  it.each(embeds)('%s embeds %s verbatim', (_page, name, code) => {
    expect(code).toBe(readFileSync(join(EXAMPLES, `${name}.ts`), 'utf8'));
  });

  // A guide may embed a whole test file (`<!-- test: test/guides/x.test.ts -->`): the suite runs it.
  const testEmbeds = pages.flatMap((page) =>
    [...readFileSync(join(ROOT, page), 'utf8').matchAll(/<!-- test: ([\w./-]+) -->\n```ts\n([\s\S]*?)```/g)].map((m) => [page, m[1]!, m[2]!] as const),
  );

  it.each(testEmbeds)('%s embeds the test %s verbatim', (_page, path, code) => {
    expect(path).toMatch(/^test\/.*\.test\.ts$/);
    expect(code).toBe(readFileSync(join(ROOT, path), 'utf8'));
  });
});
