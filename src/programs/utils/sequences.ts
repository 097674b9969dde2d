/**
 * @module
 * `seq` (numbers from FIRST by INCREMENT to LAST, `-s`, `-w`, `-f`) and `shuf` (a seeded random
 * permutation of lines, of `-e` arguments or of the range `-i LO-HI`; `-n COUNT`, `-o FILE`) —
 * the same seed gives the same shuffle.
 */
import { openWrite } from '../process/files.js';
import { FsError } from '../types.js';
import { complain, lines, options, readText, usage } from './common.js';
import { printf } from './printf.js';
import type { Tool } from './tool.js';

/** `seq [FIRST [INCREMENT]] LAST`. */
export const seq: Tool = async (ctx, flavour) => {
  const args = ctx.argv.slice(1);
  let sep = '\n';
  let width = false;
  let format: string | undefined;
  const nums: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-s') sep = args[++i] ?? '';
    else if (a.startsWith('-s')) sep = a.slice(2);
    else if (a === '-w') width = true;
    else if (a === '-f') format = args[++i];
    else nums.push(a);
  }
  if (nums.length === 0 || nums.length > 3) return usage(ctx, flavour, nums.length === 0 ? 'missing operand' : `extra operand '${nums[3]}'`, '[-w] [-s SEP] [FIRST [INC]] LAST');
  for (const n of nums) {
    if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(n)) {
      complain(ctx, flavour, flavour === 'gnu' ? `invalid floating point argument: '${n}'` : `invalid number '${n}'`);
      if (flavour === 'gnu') ctx.stderr.write(`Try '${ctx.argv[0]} --help' for more information.\n`);
      return 1;
    }
  }
  const [first, inc, last] = nums.length === 1 ? ['1', '1', nums[0]!] : nums.length === 2 ? [nums[0]!, '1', nums[1]!] : [nums[0]!, nums[1]!, nums[2]!];
  const decimals = Math.max(...[first, inc].map((n) => (n.includes('.') ? n.length - n.indexOf('.') - 1 : 0)));
  const a = Number(first);
  const step = Number(inc);
  const b = Number(last);
  if (step === 0) {
    complain(ctx, flavour, flavour === 'gnu' ? `invalid Zero increment value: '${inc}'` : 'increment must not be 0');
    return 1;
  }
  const out: string[] = [];
  for (let k = 0; ; k++) {
    const v = a + k * step;
    if (step > 0 ? v > b + 1e-9 : v < b - 1e-9) break;
    out.push(format ? printf(format, [String(v)]).text : v.toFixed(decimals));
    if (out.length > 1_000_000) break;
  }
  if (width) {
    const w = Math.max(...out.map((s) => s.length));
    for (let i = 0; i < out.length; i++) out[i] = out[i]!.startsWith('-') ? `-${out[i]!.slice(1).padStart(w - 1, '0')}` : out[i]!.padStart(w, '0');
  }
  if (out.length > 0) ctx.stdout.write(`${out.join(sep)}\n`);
  return 0;
};

/** `shuf`: a seeded random permutation. */
export const shuf: Tool = async (ctx, flavour) => {
  const parsed = options(ctx, flavour, { flags: 'ez', values: 'ino', long: { echo: 'e', 'input-range=': 'i', 'head-count=': 'n', 'output=': 'o', 'zero-terminated': 'z' } }, '[-n NUM] [-o FILE] [-z] [FILE | -e [ARG...] | -i L-H]');
  if (!parsed) return 1;
  const o = parsed.opts;
  let items: string[];
  if (o.has('i')) {
    const m = /^(\d+)-(\d+)$/.exec(o.get('i')!);
    if (!m || Number(m[1]) > Number(m[2]) + 1) {
      complain(ctx, flavour, flavour === 'gnu' ? `invalid input range: '${o.get('i')}'` : `bad range '${o.get('i')}'`);
      return 1;
    }
    const lo = Number(m[1]);
    items = Array.from({ length: Number(m[2]) - lo + 1 }, (_, i) => String(lo + i));
  } else if (o.has('e')) items = parsed.operands;
  else {
    try {
      items = lines(await readText(ctx, parsed.operands[0] ?? '-'));
    } catch (error) {
      if (!(error instanceof FsError)) throw error;
      complain(ctx, flavour, `${parsed.operands[0]}: ${error.description}`);
      return 1;
    }
  }
  const count = o.has('n') ? Number(o.get('n')) : items.length;
  if (!Number.isInteger(count) || count < 0) {
    complain(ctx, flavour, `invalid line count: '${o.get('n')}'`);
    return 1;
  }
  for (let i = items.length - 1; i > 0; i--) {
    const j = ctx.random.int(i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  const text = items.slice(0, count).map((l) => `${l}${o.has('z') ? '\0' : '\n'}`).join('');
  if (o.has('o')) {
    try {
      openWrite(ctx.fs, ctx.cwd, o.get('o')!, { std: ctx }).write(text);
    } catch (error) {
      if (!(error instanceof FsError)) throw error;
      complain(ctx, flavour, `${o.get('o')}: ${error.description}`);
      return 1;
    }
  } else ctx.stdout.write(text);
  return 0;
};
