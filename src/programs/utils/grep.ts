/**
 * @module
 * `grep` (and `egrep`/`fgrep`): basic, extended (`-E`) or fixed (`-F`) patterns; `-i -v -n -c -l
 * -L -q -s -w -x -o -h -H -r -e`; file-name prefixes when several files are searched; exit 0 when
 * a line matched, 1 when none, 2 on trouble.
 */
import { resolvePath } from '../process/paths.js';
import { FsError, type ProcessContext } from '../types.js';
import { complain, lines, options, readOperand } from './common.js';
import { compile } from './regex.js';
import type { Flavour, Tool } from './tool.js';

const escapeRe = (s: string): string => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

function walk(ctx: ProcessContext, path: string, out: string[]): void {
  const full = resolvePath(ctx.cwd, path);
  let kind: string;
  try {
    kind = ctx.fs.lstat(full).kind;
  } catch {
    out.push(path);
    return;
  }
  if (kind !== 'directory') {
    if (kind === 'file') out.push(path);
    return;
  }
  for (const name of ctx.fs.readdir(full)) walk(ctx, path.endsWith('/') ? `${path}${name}` : `${path}/${name}`, out);
}

async function grepMain(ctx: ProcessContext, flavour: Flavour, mode: 'G' | 'E' | 'F'): Promise<number> {
  const parsed = options(
    ctx,
    flavour,
    {
      flags: 'ivncClLqswxohHrREFG',
      values: 'ef',
      long: { 'ignore-case': 'i', 'invert-match': 'v', 'line-number': 'n', count: 'c', 'files-with-matches': 'l', 'files-without-match': 'L', quiet: 'q', silent: 'q', 'no-messages': 's', 'word-regexp': 'w', 'line-regexp': 'x', 'only-matching': 'o', 'no-filename': 'h', 'with-filename': 'H', recursive: 'r', 'dereference-recursive': 'R', 'extended-regexp': 'E', 'fixed-strings': 'F', 'basic-regexp': 'G', 'regexp=': 'e', 'color=': 'color', colour: 'color', 'color': 'color' },
    },
    '[-HhnlLoqvsrRiwFE] [-m N] [-A|B|C N] { PATTERN | -e PATTERN... | -f FILE... } [FILE]...',
  );
  if (!parsed) return 2;
  const o = parsed.opts;
  const operands = [...parsed.operands];
  const patterns = parsed.all.get('e') ?? [];
  if (patterns.length === 0) {
    const p = operands.shift();
    if (p === undefined) {
      if (flavour === 'gnu') {
        ctx.stderr.write(`Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n`);
        return 2;
      }
      complain(ctx, flavour, 'PATTERN expected');
      return 2;
    }
    patterns.push(...p.split('\n'));
  }
  const kind = o.has('F') ? 'F' : o.has('E') ? 'E' : mode;
  let sources = patterns.map((p) => (kind === 'F' ? escapeRe(p) : compile(p, { extended: kind === 'E' }).source));
  if (o.has('w')) sources = sources.map((s) => `(?<![A-Za-z0-9_])(?:${s})(?![A-Za-z0-9_])`);
  if (o.has('x')) sources = sources.map((s) => `^(?:${s})$`);
  let re: RegExp;
  try {
    re = new RegExp(sources.map((s) => `(?:${s})`).join('|'), o.has('i') ? 'i' : '');
  } catch {
    complain(ctx, flavour, flavour === 'gnu' ? 'Unmatched ( or \\(' : `bad regex '${patterns[0]}'`);
    return 2;
  }
  const recursive = o.has('r') || o.has('R');
  let files = operands.length > 0 ? operands : recursive ? ['.'] : ['-'];
  if (recursive) {
    const expanded: string[] = [];
    for (const f of files) walk(ctx, f, expanded);
    files = expanded;
  }
  const showName = o.has('H') || (!o.has('h') && (files.length > 1 || recursive));
  let matched = false;
  let trouble = false;
  for (const file of files) {
    let text: string;
    try {
      if (file !== '-' && ctx.fs.stat(resolvePath(ctx.cwd, file)).kind === 'directory') {
        if (!o.has('s')) complain(ctx, flavour, `${file}: Is a directory`);
        trouble = true;
        continue;
      }
      text = new TextDecoder().decode(await readOperand(ctx, file));
    } catch (error) {
      if (!(error instanceof FsError)) throw error;
      if (!o.has('s')) complain(ctx, flavour, `${file}: ${error.description}`);
      trouble = true;
      continue;
    }
    const name = file === '-' ? '(standard input)' : file;
    let count = 0;
    const all = lines(text);
    for (let i = 0; i < all.length; i++) {
      const line = all[i]!;
      if (re.test(line) === o.has('v')) continue;
      count++;
      matched = true;
      if (o.has('q')) return 0;
      if (o.has('l') || o.has('L') || o.has('c')) continue;
      const prefix = `${showName ? `${name}:` : ''}${o.has('n') ? `${i + 1}:` : ''}`;
      if (o.has('o') && !o.has('v')) {
        for (const m of line.matchAll(new RegExp(re.source, `g${re.flags}`))) if (m[0] !== '') ctx.stdout.write(`${prefix}${m[0]}\n`);
      } else ctx.stdout.write(`${prefix}${line}\n`);
    }
    if (o.has('c')) ctx.stdout.write(`${showName ? `${name}:` : ''}${count}\n`);
    if (o.has('l') && count > 0) ctx.stdout.write(`${name}\n`);
    if (o.has('L') && count === 0) ctx.stdout.write(`${name}\n`);
  }
  if (trouble && !(o.has('q') && matched)) return 2;
  return matched ? 0 : 1;
}

/** `grep PATTERN [FILE]...`: basic regular expressions. */
export const grep: Tool = (ctx, flavour) => grepMain(ctx, flavour, 'G');
/** `egrep`: `grep -E`. */
export const egrep: Tool = (ctx, flavour) => grepMain(ctx, flavour, 'E');
/** `fgrep`: `grep -F`. */
export const fgrep: Tool = (ctx, flavour) => grepMain(ctx, flavour, 'F');
