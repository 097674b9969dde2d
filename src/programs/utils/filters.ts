/**
 * @module
 * Line and character filters: `tee` (copy stdin to files and stdout, `-a` to append), `cut`
 * (`-d`/`-f`, `-c`, `-b`) and `tr` (translate, `-d` delete, `-s` squeeze, ranges and classes).
 */
import { openWrite } from '../process/files.js';
import { FsError, type ProcessOutput } from '../types.js';
import { complain, lines, options, readText, usage } from './common.js';
import type { Tool } from './tool.js';

/** `tee [-a] FILE...`: copy stdin to stdout and files. */
export const tee: Tool = async (ctx, flavour) => {
  const parsed = options(ctx, flavour, { flags: 'ai', long: { append: 'a', 'ignore-interrupts': 'i' } }, '[-ai] [FILE]...');
  if (!parsed) return 1;
  const outputs: ProcessOutput[] = [ctx.stdout];
  let status = 0;
  for (const file of parsed.operands) {
    try {
      outputs.push(openWrite(ctx.fs, ctx.cwd, file, { append: parsed.opts.has('a'), std: ctx }));
    } catch (error) {
      if (!(error instanceof FsError)) throw error;
      complain(ctx, flavour, flavour === 'gnu' ? `${file}: ${error.description}` : `can't open '${file}': ${error.description}`);
      status = 1;
    }
  }
  for (let chunk = await ctx.stdin.read(); chunk; chunk = await ctx.stdin.read()) for (const out of outputs) out.write(chunk);
  return status;
};

/** Parses a cut list (`1,3-5,7-`) into a membership test. */
function ranges(list: string): ((i: number) => boolean) | undefined {
  const parts = list.split(',');
  const tests: ((i: number) => boolean)[] = [];
  for (const p of parts) {
    const m = /^(\d*)-?(\d*)$/.exec(p);
    if (!m || p === '' || p === '-') return undefined;
    const lo = m[1] ? Number(m[1]) : 1;
    const hi = p.includes('-') ? (m[2] ? Number(m[2]) : Infinity) : lo;
    tests.push((i) => i >= lo && i <= hi);
  }
  return (i) => tests.some((t) => t(i));
}

/** `cut -f/-c/-b LIST [-d DELIM]`: select fields or characters. */
export const cut: Tool = async (ctx, flavour) => {
  const parsed = options(ctx, flavour, { flags: 'sn', values: 'dfcb', long: { 'delimiter=': 'd', 'fields=': 'f', 'characters=': 'c', 'bytes=': 'b', 'only-delimited': 's' } }, '[OPTIONS] [FILE]...');
  if (!parsed) return 1;
  const o = parsed.opts;
  const list = o.get('f') ?? o.get('c') ?? o.get('b');
  if (list === undefined) return usage(ctx, flavour, flavour === 'gnu' ? 'you must specify a list of bytes, characters, or fields' : 'expected a list of bytes, characters, or fields', '[OPTIONS] [FILE]...');
  const pick = ranges(list);
  if (!pick) {
    complain(ctx, flavour, flavour === 'gnu' ? 'invalid byte, character or field list' : `invalid range '${list}'`);
    return 1;
  }
  const delim = o.get('d') ?? '\t';
  let out = '';
  for (const file of parsed.operands.length > 0 ? parsed.operands : ['-']) {
    let text: string;
    try {
      text = await readText(ctx, file);
    } catch (error) {
      if (!(error instanceof FsError)) throw error;
      complain(ctx, flavour, `${file}: ${error.description}`);
      continue;
    }
    for (const line of lines(text)) {
      if (o.has('f')) {
        if (!line.includes(delim)) {
          if (!o.has('s')) out += `${line}\n`;
          continue;
        }
        out += `${line.split(delim).filter((_, i) => pick(i + 1)).join(delim)}\n`;
      } else out += `${[...line].filter((_, i) => pick(i + 1)).join('')}\n`;
    }
  }
  ctx.stdout.write(out);
  return 0;
};

const ALPHA = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const CLASSES: { readonly [name: string]: string } = {
  alpha: ALPHA,
  alnum: `${ALPHA}0123456789`,
  digit: '0123456789',
  upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  lower: 'abcdefghijklmnopqrstuvwxyz',
  space: ' \t\n\r\f\v',
  blank: ' \t',
  punct: '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~',
  xdigit: '0123456789ABCDEFabcdef',
};

/** Expands a tr set (`a-z`, `[:upper:]`, `\n`) into its characters. */
function expandSet(set: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < set.length; i++) {
    const cls = /^\[:(\w+):\]/.exec(set.slice(i));
    if (cls && CLASSES[cls[1]!]) {
      out.push(...CLASSES[cls[1]!]!);
      i += cls[0].length - 1;
      continue;
    }
    let c = set[i]!;
    if (c === '\\' && i + 1 < set.length) {
      const e = set[++i]!;
      c = ({ n: '\n', t: '\t', r: '\r', '\\': '\\' } as { [k: string]: string })[e] ?? e;
    }
    if (set[i + 1] === '-' && i + 2 < set.length) {
      const end = set[i + 2]!;
      for (let code = c.charCodeAt(0); code <= end.charCodeAt(0); code++) out.push(String.fromCharCode(code));
      i += 2;
    } else out.push(c);
  }
  return out;
}

/** `tr [-cds] SET1 [SET2]`: translate or delete characters. */
export const tr: Tool = async (ctx, flavour) => {
  const parsed = options(ctx, flavour, { flags: 'dscC', long: { delete: 'd', 'squeeze-repeats': 's', complement: 'c' } }, '[-cds] STRING1 [STRING2]');
  if (!parsed) return 1;
  const o = parsed.opts;
  const [s1, s2] = parsed.operands;
  if (s1 === undefined || (!o.has('d') && !o.has('s') && s2 === undefined)) return usage(ctx, flavour, s1 === undefined ? 'missing operand' : `missing operand after '${s1}'`, '[-cds] STRING1 [STRING2]');
  const from = expandSet(s1);
  const to = s2 === undefined ? [] : expandSet(s2);
  const text = new TextDecoder().decode(await ctx.stdin.readAll());
  let out = '';
  let last = '';
  const squeeze = new Set(o.has('d') ? to : o.has('s') && s2 === undefined ? from : to);
  for (const ch of text) {
    const inFrom = from.includes(ch) !== (o.has('c') || o.has('C'));
    if (o.has('d') && inFrom) continue;
    let c = ch;
    if (!o.has('d') && to.length > 0 && inFrom) c = o.has('c') ? to[to.length - 1]! : (to[from.indexOf(ch)] ?? to[to.length - 1]!);
    if (o.has('s') && c === last && squeeze.has(c)) continue;
    out += c;
    last = c;
  }
  ctx.stdout.write(out);
  return 0;
};
