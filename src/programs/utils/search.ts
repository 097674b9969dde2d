/**
 * @module
 * Finding things: `which` (the first executable in `PATH`, `-a` for all), `find` (walk trees
 * with `-name`, `-iname`, `-path`, `-type`, `-maxdepth`, `-mindepth`, `-newer`, `-empty`, `!`,
 * `-o`, parentheses, `-print`, `-delete`, `-exec … {} ;`) and `xargs` (build and run command lines
 * from stdin: `-n`, `-I`, `-0`, `-d`, `-r`, `-t`).
 */
import { resolvePath } from '../process/paths.js';
import { canExecute } from '../process/resolve.js';
import { matchPattern } from '../shell/pattern.js';
import { ExecError, FsError, type FileStat, type ProcessContext } from '../types.js';
import { complain, options } from './common.js';
import type { Flavour, Tool } from './tool.js';

/** `which COMMAND...`: where in PATH a command is. */
export const which: Tool = async (ctx, flavour) => {
  const parsed = options(ctx, flavour, { flags: 'as' }, '[-a] COMMAND...');
  if (!parsed) return 1;
  let status = 0;
  for (const name of parsed.operands) {
    const found: string[] = [];
    const candidates = name.includes('/') ? [resolvePath(ctx.cwd, name)] : (ctx.env['PATH'] ?? '').split(':').map((d) => resolvePath(ctx.cwd, `${d || '.'}/${name}`));
    for (const path of candidates) {
      try {
        if (canExecute(ctx.fs.stat(path), ctx.user)) found.push(name.includes('/') ? name : path);
      } catch {
        continue;
      }
      if (!parsed.opts.has('a')) break;
    }
    if (found.length === 0) status = 1;
    for (const f of found) ctx.stdout.write(`${f}\n`);
  }
  return status;
};

type Node = { op: 'and' | 'or'; a: Node; b: Node } | { op: 'not'; a: Node } | { op: 'test'; test: (path: string, s: FileStat, depth: number) => boolean } | { op: 'action'; run: (path: string) => Promise<boolean> };

/** `find [PATH]... [EXPRESSION]`: walk directory trees. */
export const find: Tool = async (ctx, flavour) => {
  const args = ctx.argv.slice(1);
  const roots: string[] = [];
  while (args.length > 0 && !args[0]!.startsWith('-') && args[0] !== '!' && args[0] !== '(') roots.push(args.shift()!);
  if (roots.length === 0) roots.push('.');
  let maxDepth = Infinity;
  let minDepth = 0;
  let hasAction = false;
  let pos = 0;
  const bad = (message: string): never => {
    throw new RangeError(message);
  };
  const primary = (): Node => {
    const a = args[pos++];
    const value = (): string => args[pos++] ?? bad(`missing argument to '${a}'`);
    switch (a) {
      case '!':
      case '-not':
        return { op: 'not', a: primary() };
      case '(': {
        const n = or();
        if (args[pos++] !== ')') bad("invalid expression; I was expecting to find a ')' somewhere but did not see one.");
        return n;
      }
      case '-name':
      case '-iname': {
        const p = value();
        return { op: 'test', test: (path) => (a === '-iname' ? matchPattern(p.toLowerCase(), baseOf(path).toLowerCase()) : matchPattern(p, baseOf(path))) };
      }
      case '-path':
      case '-wholename': {
        const p = value();
        return { op: 'test', test: (path) => matchPattern(p, path) };
      }
      case '-type': {
        const t = value();
        return { op: 'test', test: (_, s) => (t === 'f' ? s.kind === 'file' : t === 'd' ? s.kind === 'directory' : t === 'l' ? s.kind === 'symlink' : false) };
      }
      case '-maxdepth':
        maxDepth = Number(value());
        return { op: 'test', test: () => true };
      case '-mindepth':
        minDepth = Number(value());
        return { op: 'test', test: () => true };
      case '-empty':
        return { op: 'test', test: (path, s) => (s.kind === 'directory' ? ctx.fs.readdir(resolvePath(ctx.cwd, path)).length === 0 : s.kind === 'file' && s.size === 0) };
      case '-newer': {
        const ref = ctx.fs.stat(resolvePath(ctx.cwd, value())).mtime;
        return { op: 'test', test: (_, s) => s.mtime > ref };
      }
      case '-print':
        hasAction = true;
        return { op: 'action', run: async (path) => (ctx.stdout.write(`${path}\n`), true) };
      case '-delete':
        hasAction = true;
        return { op: 'action', run: async (path) => (ctx.fs.rm(resolvePath(ctx.cwd, path), { recursive: true }), true) };
      case '-exec': {
        hasAction = true;
        const command: string[] = [];
        while (pos < args.length && args[pos] !== ';' && args[pos] !== '+') command.push(args[pos++]!);
        if (pos >= args.length) bad("missing argument to `-exec'");
        pos++;
        return {
          op: 'action',
          run: async (path) => {
            try {
              const child = ctx.exec(command.map((c) => c.replace(/\{\}/g, path)));
              return (await child.exited) === 0;
            } catch (error) {
              if (!(error instanceof ExecError)) throw error;
              complain(ctx, flavour, `'${command[0]}': No such file or directory`);
              return false;
            }
          },
        };
      }
      default:
        return bad(a === undefined ? 'expected an expression' : `unknown predicate \`${a}'`);
    }
  };
  const and = (): Node => {
    let left = primary();
    while (pos < args.length && args[pos] !== '-o' && args[pos] !== '-or' && args[pos] !== ')') {
      if (args[pos] === '-a' || args[pos] === '-and') pos++;
      left = { op: 'and', a: left, b: primary() };
    }
    return left;
  };
  const or = (): Node => {
    let left = and();
    while (args[pos] === '-o' || args[pos] === '-or') {
      pos++;
      left = { op: 'or', a: left, b: and() };
    }
    return left;
  };
  let expr: Node;
  try {
    expr = args.length > 0 ? or() : { op: 'test', test: () => true };
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    complain(ctx, flavour, error.message);
    return 1;
  }
  const evaluate = async (n: Node, path: string, s: FileStat, depth: number): Promise<boolean> => {
    switch (n.op) {
      case 'and':
        return (await evaluate(n.a, path, s, depth)) && evaluate(n.b, path, s, depth);
      case 'or':
        return (await evaluate(n.a, path, s, depth)) || evaluate(n.b, path, s, depth);
      case 'not':
        return !(await evaluate(n.a, path, s, depth));
      case 'test':
        return n.test(path, s, depth);
      case 'action':
        return n.run(path);
    }
  };
  let status = 0;
  const visit = async (path: string, depth: number): Promise<void> => {
    const full = resolvePath(ctx.cwd, path);
    const s = ctx.fs.lstat(full);
    if (depth >= minDepth && (await evaluate(expr, path, s, depth)) && !hasAction) ctx.stdout.write(`${path}\n`);
    if (s.kind === 'directory' && depth < maxDepth && ctx.fs.exists(full)) {
      for (const name of ctx.fs.readdir(full)) await visit(path.endsWith('/') ? `${path}${name}` : `${path}/${name}`, depth + 1);
    }
  };
  for (const root of roots) {
    try {
      await visit(root, 0);
    } catch (error) {
      if (!(error instanceof FsError)) throw error;
      complain(ctx, flavour, `'${root}': ${error.description}`);
      status = 1;
    }
  }
  return status;
};

function baseOf(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  return trimmed.slice(trimmed.lastIndexOf('/') + 1) || path;
}

/** Splits xargs input: blanks separate, quotes and backslashes protect. */
function xargsItems(text: string, delimiter: string | undefined, flavour: Flavour, ctx: ProcessContext): string[] | undefined {
  if (delimiter !== undefined) return text.split(delimiter).filter((s, i, all) => s !== '' || i < all.length - 1);
  const items: string[] = [];
  let cur = '';
  let has = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "'" || c === '"') {
      const end = text.indexOf(c, i + 1);
      if (end < 0) {
        complain(ctx, flavour, flavour === 'gnu' ? `unmatched ${c === "'" ? 'single' : 'double'} quote; by default quotes are special to xargs unless you use the -0 option` : `unmatched ${c === "'" ? 'single' : 'double'} quote`);
        return undefined;
      }
      cur += text.slice(i + 1, end);
      has = true;
      i = end;
    } else if (c === '\\' && i + 1 < text.length) {
      cur += text[++i];
      has = true;
    } else if (/\s/.test(c)) {
      if (has) items.push(cur);
      cur = '';
      has = false;
    } else {
      cur += c;
      has = true;
    }
  }
  if (has) items.push(cur);
  return items;
}

/** `xargs [COMMAND]`: run a command with arguments read from stdin. */
export const xargs: Tool = async (ctx, flavour) => {
  const parsed = options(ctx, flavour, { flags: '0rtx', values: 'nIdLs', long: { null: '0', 'no-run-if-empty': 'r', verbose: 't', 'max-args=': 'n', 'replace=': 'I', 'delimiter=': 'd' }, permute: false }, '[OPTIONS] [PROG ARGS]');
  if (!parsed) return 1;
  const o = parsed.opts;
  const command = parsed.operands.length > 0 ? parsed.operands : ['echo'];
  const text = new TextDecoder().decode(await ctx.stdin.readAll());
  const items = xargsItems(text, o.has('0') ? '\0' : o.has('d') ? o.get('d')!.replace('\\n', '\n') : o.has('I') ? '\n' : undefined, flavour, ctx);
  if (!items) return 1;
  const lists: string[][] = [];
  if (o.has('I')) for (const item of items) lists.push(command.map((c) => c.split(o.get('I')!).join(item)));
  else {
    const n = o.has('n') ? Number(o.get('n')) : o.has('L') ? Number(o.get('L')) : Infinity;
    for (let i = 0; i < items.length; i += Number.isFinite(n) ? n : items.length || 1) lists.push([...command, ...items.slice(i, Number.isFinite(n) ? i + n : undefined)]);
    if (items.length === 0 && !o.has('r')) lists.push([...command]);
  }
  let status = 0;
  for (const argv of lists) {
    if (o.has('t')) ctx.stderr.write(`${argv.join(' ')}\n`);
    try {
      const code = await ctx.exec(argv).exited;
      if (code === 255) {
        complain(ctx, flavour, `${argv[0]}: exited with status 255; aborting`);
        return 124;
      }
      if (code > 128) return 125;
      if (code !== 0) status = 123;
    } catch (error) {
      if (!(error instanceof ExecError)) throw error;
      const missing = error.code === 'ENOTFOUND_IN_PATH' || error.code === 'ENOENT';
      complain(ctx, flavour, flavour === 'gnu' ? `${argv[0]}: ${missing ? 'No such file or directory' : 'Permission denied'}` : `${argv[0]}: ${missing ? 'No such file or directory' : 'Permission denied'}`);
      return missing ? 127 : 126;
    }
  }
  return status;
};
