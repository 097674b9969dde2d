/**
 * Invariants of the shell and the process plumbing, checked with fast-check: quoting round-trips,
 * expansions that must not alter data, pipes that preserve bytes, arithmetic that agrees with
 * BigInt, and determinism (same seed → same random output).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/programs/shell/arith.js';
import { splitIfs } from '../../src/programs/shell/expand.js';
import { inputOf } from '../../src/programs/process/streams.js';
import { runScript, shellWorld, type Userland } from '../helpers/shell-world.js';

/** Text without NUL (which no shell can hold in a variable). */
const text = fc.string({ unit: fc.oneof(fc.constantFrom(...' \t\n\'"\\$`*?[]{}()|&;<>~#!=%^,.-_/:@'), fc.string({ minLength: 1, maxLength: 1 }), fc.constantFrom('é', '€', '✓')), maxLength: 40 }).filter((s) => !s.includes('\0'));
const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;
const shells: readonly [Userland, string][] = [
  ['alpine', 'sh'],
  ['debian', 'sh'],
  ['debian', 'bash'],
];

describe.each(shells)('%s %s', (userland, shell) => {
  it("single-quoting round-trips any text: printf '%s' 'x' prints x", async () => {
    await fc.assert(
      fc.asyncProperty(text, async (s) => {
        const r = await runScript(userland, `printf '%s' ${quote(s)}`, { shell });
        expect(r).toEqual({ stdout: s, stderr: '', code: 0 });
      }),
      { numRuns: 40 },
    );
  });

  it('"$x" expands to exactly the value, whatever it holds', async () => {
    await fc.assert(
      fc.asyncProperty(text, async (s) => {
        const r = await runScript(userland, `x=${quote(s)}; printf '%s\\n' "$x"; y="$x"; [ "$x" = "$y" ] && echo same`, { shell });
        expect(r.stdout).toBe(`${s}\nsame\n`);
      }),
      { numRuns: 40 },
    );
  });
});

describe('echo "$x" prints x (ash and bash, for values that are not echo options)', () => {
  it.each<[Userland, string]>([
    ['alpine', 'sh'],
    ['debian', 'bash'],
  ])('%s %s', async (userland, shell) => {
    await fc.assert(
      fc.asyncProperty(
        text.filter((s) => !/^-[neE]+$/.test(s)),
        async (s) => {
          expect((await runScript(userland, `x=${quote(s)}; echo "$x"`, { shell })).stdout).toBe(`${s}\n`);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('pipes', () => {
  it('cat | cat | wc -c: a pipeline preserves every byte', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        const w = shellWorld('alpine');
        const { child, stdout } = w.start(['sh', '-c', 'cat | cat | cat'], { stdin: inputOf(bytes) });
        expect(await w.clock.hold(child.exited)).toBe(0);
        expect(stdout.bytes()).toEqual(bytes);
      }),
      { numRuns: 30 },
    );
  });
});

describe('arithmetic', () => {
  type Expr = { readonly text: string; readonly value: bigint };
  const leaf = fc.integer({ min: -50, max: 50 }).map((n): Expr => ({ text: n < 0 ? `(${n})` : String(n), value: BigInt(n) }));
  const tree = fc.letrec<{ e: Expr }>((tie) => ({
    e: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.tuple(tie('e'), fc.constantFrom('+', '-', '*'), tie('e')).map(([a, op, b]): Expr => ({ text: `(${a.text} ${op} ${b.text})`, value: op === '+' ? a.value + b.value : op === '-' ? a.value - b.value : a.value * b.value })),
    ),
  })).e;

  it('agrees with BigInt on + - * trees (64-bit wrap-around)', () => {
    fc.assert(
      fc.property(tree, (e) => {
        expect(evaluate(e.text, { get: () => undefined, set: () => {} })).toBe(BigInt.asIntN(64, e.value));
      }),
    );
  });

  it('$((…)) in the shell prints the same number', async () => {
    await fc.assert(
      fc.asyncProperty(tree, async (e) => {
        expect((await runScript('alpine', `echo $((${e.text}))`)).stdout).toBe(`${BigInt.asIntN(64, e.value)}\n`);
      }),
      { numRuns: 25 },
    );
  });
});

describe('field splitting', () => {
  it('default IFS splits like whitespace runs, ignoring leading and trailing blanks', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z0-9]{1,5}$/)), fc.array(fc.constantFrom(' ', '\t', '\n', '  '), { minLength: 1 }), (words, gaps) => {
        const joined = ` ${words.map((w, i) => w + gaps[i % gaps.length]).join('')}`;
        expect(splitIfs(joined, ' \t\n').fields.filter((f) => f !== '')).toEqual(words);
      }),
    );
  });
});

describe('determinism', () => {
  const script = 'shuf -i 1-1000 -n 5 | tr "\\n" " "; echo $RANDOM $RANDOM';
  it('the same seed gives the same shuf and $RANDOM output; another seed another', async () => {
    const a = await runScript('alpine', script, { seed: 7 });
    const b = await runScript('alpine', script, { seed: 7 });
    const c = await runScript('alpine', script, { seed: 8 });
    expect(a.stdout).toMatch(/^(\d+ ){5}\d+ \d+\n$/);
    expect(b).toEqual(a);
    expect(c.stdout).not.toBe(a.stdout);
  });
});
