/**
 * @module
 * `sort` (byte order as in the C locale; `-n`, `-r`, `-u`, `-f`, `-k`, `-t`, `-o`) and `uniq`
 * (adjacent duplicates; `-c`, `-d`, `-u`, `-i`).
 */
import { openWrite } from '../process/files.js';
import { FsError } from '../types.js';
import { complain, lines, options, readText } from './common.js';
import type { Tool } from './tool.js';

function numericPrefix(s: string): number {
  const m = /^\s*[+-]?(\d+\.?\d*|\.\d+)/.exec(s);
  return m ? Number(m[0]) : 0;
}

/** `sort`: sort lines. */
export const sort: Tool = async (ctx, flavour) => {
  const parsed = options(ctx, flavour, { flags: 'nrufbhV', values: 'kto', long: { 'numeric-sort': 'n', reverse: 'r', unique: 'u', 'ignore-case': 'f', 'key=': 'k', 'field-separator=': 't', 'output=': 'o', 'human-numeric-sort': 'h', 'version-sort': 'V' } }, '[-nrufbhV] [-k KEY] [-t SEP] [-o FILE] [FILE]...');
  if (!parsed) return 1;
  const o = parsed.opts;
  const all: string[] = [];
  for (const file of parsed.operands.length > 0 ? parsed.operands : ['-']) {
    try {
      all.push(...lines(await readText(ctx, file)));
    } catch (error) {
      if (!(error instanceof FsError)) throw error;
      complain(ctx, flavour, flavour === 'gnu' ? `cannot read: ${file}: ${error.description}` : `can't open '${file}': ${error.description}`);
      return 2;
    }
  }
  const sep = o.get('t');
  const keySpec = o.get('k');
  const key = (line: string): string => {
    if (!keySpec) return line;
    const [start = '1', end] = keySpec.split(',');
    const fields = sep !== undefined ? line.split(sep) : line.trim().split(/\s+/);
    const from = parseInt(start, 10) - 1;
    const to = end ? parseInt(end, 10) : fields.length;
    return fields.slice(from, to).join(sep ?? ' ');
  };
  const numeric = o.has('n') || o.has('h') || /n/.test(keySpec ?? '');
  const fold = o.has('f');
  const cmp = (a: string, b: string): number => {
    const ka = fold ? key(a).toUpperCase() : key(a);
    const kb = fold ? key(b).toUpperCase() : key(b);
    if (numeric) {
      const d = numericPrefix(ka) - numericPrefix(kb);
      if (d !== 0) return d;
      if (o.has('u')) return 0;
    } else if (ka !== kb) return ka < kb ? -1 : 1;
    if (o.has('u')) return 0;
    return a < b ? -1 : a > b ? 1 : 0;
  };
  const sorted = [...all].sort(cmp);
  if (o.has('r')) sorted.reverse();
  const out = o.has('u') ? sorted.filter((l, i) => i === 0 || cmp(sorted[i - 1]!, l) !== 0) : sorted;
  const text = out.map((l) => `${l}\n`).join('');
  if (o.has('o')) openWrite(ctx.fs, ctx.cwd, o.get('o')!, { std: ctx }).write(text);
  else ctx.stdout.write(text);
  return 0;
};

/** `uniq`: collapse adjacent duplicate lines. */
export const uniq: Tool = async (ctx, flavour) => {
  const parsed = options(ctx, flavour, { flags: 'cdui', values: 'fs', long: { count: 'c', repeated: 'd', unique: 'u', 'ignore-case': 'i' } }, '[-cdui] [INPUT [OUTPUT]]');
  if (!parsed) return 1;
  const o = parsed.opts;
  let text: string;
  try {
    text = await readText(ctx, parsed.operands[0] ?? '-');
  } catch (error) {
    if (!(error instanceof FsError)) throw error;
    complain(ctx, flavour, flavour === 'gnu' ? `${parsed.operands[0]}: ${error.description}` : `can't open '${parsed.operands[0]}': ${error.description}`);
    return 1;
  }
  const same = (a: string, b: string): boolean => (o.has('i') ? a.toLowerCase() === b.toLowerCase() : a === b);
  const groups: { line: string; n: number }[] = [];
  for (const line of lines(text)) {
    const last = groups[groups.length - 1];
    if (last && same(last.line, line)) last.n++;
    else groups.push({ line, n: 1 });
  }
  const out = groups
    .filter((g) => (o.has('d') ? g.n > 1 : o.has('u') ? g.n === 1 : true))
    .map((g) => (o.has('c') ? `${String(g.n).padStart(7)} ${g.line}\n` : `${g.line}\n`))
    .join('');
  if (parsed.operands[1]) openWrite(ctx.fs, ctx.cwd, parsed.operands[1], { std: ctx }).write(out);
  else ctx.stdout.write(out);
  return 0;
};
