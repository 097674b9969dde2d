/**
 * @module
 * `cp` (files, `-r` trees, `-p` keeping mode and time, into a directory when the last operand is
 * one) and `mv` (rename, or move into a directory).
 */
import { baseName } from '../process/paths.js';
import { FsError, type ProcessContext } from '../types.js';
import { abs, complain, options } from './common.js';
import type { Flavour, Tool } from './tool.js';

function isDir(ctx: ProcessContext, path: string): boolean {
  try {
    return ctx.fs.stat(path).kind === 'directory';
  } catch {
    return false;
  }
}

function copyTree(ctx: ProcessContext, from: string, to: string, keep: boolean): void {
  const s = ctx.fs.lstat(from);
  if (s.kind === 'symlink') {
    ctx.fs.rm(to, { force: true });
    ctx.fs.symlink(ctx.fs.readlink(from), to);
    return;
  }
  if (s.kind === 'directory') {
    if (!ctx.fs.exists(to)) ctx.fs.mkdir(to, { mode: s.mode });
    for (const name of ctx.fs.readdir(from)) copyTree(ctx, `${from}/${name}`, `${to}/${name}`, keep);
  } else ctx.fs.writeFile(to, ctx.fs.readFile(from), { mode: s.mode });
  if (keep) ctx.fs.utimes(to, s.mtime);
}

/** What `cp`/`mv` operands mean: sources, and where each goes (into DEST when it is a directory). */
interface Transfer {
  readonly destName: string;
  readonly sources: readonly string[];
  readonly intoDir: boolean;
  /** The absolute destination of `from`. */
  target(from: string): string;
}

/** Reads `SOURCE... DEST`, reporting missing operands and a non-directory target of several sources. */
function transfer(ctx: ProcessContext, flavour: Flavour, ops: readonly string[]): Transfer | number {
  if (ops.length < 2) return missingOperand(ctx, flavour, ops);
  const destName = ops[ops.length - 1]!;
  const dest = abs(ctx, destName);
  const sources = ops.slice(0, -1);
  const intoDir = isDir(ctx, dest);
  if (sources.length > 1 && !intoDir) {
    complain(ctx, flavour, flavour === 'gnu' ? `target '${destName}' is not a directory` : `'${destName}' is not a directory`);
    return 1;
  }
  return { destName, sources, intoDir, target: (from) => (intoDir ? `${dest}/${baseName(from)}` : dest) };
}

function missingOperand(ctx: ProcessContext, flavour: Flavour, operands: readonly string[]): number {
  complain(ctx, flavour, operands.length === 0 ? 'missing file operand' : `missing destination file operand after '${operands[0]}'`);
  if (flavour === 'gnu') ctx.stderr.write(`Try '${ctx.argv[0]} --help' for more information.\n`);
  return 1;
}

/** `cp SOURCE... DEST`: copy files (and with `-r` trees). */
export const cp: Tool = async (ctx, flavour) => {
  const parsed = options(ctx, flavour, { flags: 'rRapfivdPLTn', long: { recursive: 'r', archive: 'a', preserve: 'p', force: 'f', verbose: 'v', 'no-clobber': 'n' } }, '[-arPLHpfinlsTu] SOURCE DEST\nor: cp [-arPLHpfinlsu] SOURCE... { -t DIRECTORY | DIRECTORY }');
  if (!parsed) return 1;
  const o = parsed.opts;
  const recursive = o.has('r') || o.has('R') || o.has('a');
  const keep = o.has('p') || o.has('a');
  const plan = transfer(ctx, flavour, parsed.operands);
  if (typeof plan === 'number') return plan;
  const { destName, intoDir } = plan;
  let status = 0;
  for (const src of plan.sources) {
    const from = abs(ctx, src);
    const to = plan.target(from);
    try {
      const s = ctx.fs.stat(from);
      if (s.kind === 'directory' && !recursive) {
        complain(ctx, flavour, flavour === 'gnu' ? `-r not specified; omitting directory '${src}'` : `omitting directory '${src}'`);
        status = 1;
        continue;
      }
      if (o.has('n') && ctx.fs.exists(to)) continue;
      copyTree(ctx, from, to, keep);
      if (o.has('v')) ctx.stdout.write(`'${src}' -> '${intoDir ? `${destName.replace(/\/$/, '')}/${baseName(from)}` : destName}'\n`);
    } catch (error) {
      if (!(error instanceof FsError)) throw error;
      const missing = !ctx.fs.exists(from);
      complain(ctx, flavour, missing ? `${flavour === 'gnu' ? 'cannot' : "can't"} stat '${src}': ${error.description}` : flavour === 'gnu' ? `cannot create regular file '${destName}': ${error.description}` : `can't create '${destName}': ${error.description}`);
      status = 1;
    }
  }
  return status;
};

/** `mv SOURCE... DEST`: rename or move into a directory. */
export const mv: Tool = async (ctx, flavour) => {
  const parsed = options(ctx, flavour, { flags: 'finvT', long: { force: 'f', interactive: 'i', 'no-clobber': 'n', verbose: 'v' } }, '[-finT] SOURCE DEST\nor: mv [-fin] SOURCE... { -t DIRECTORY | DIRECTORY }');
  if (!parsed) return 1;
  const plan = transfer(ctx, flavour, parsed.operands);
  if (typeof plan === 'number') return plan;
  const { destName } = plan;
  let status = 0;
  for (const src of plan.sources) {
    const from = abs(ctx, src);
    const to = plan.target(from);
    try {
      ctx.fs.lstat(from);
      if (parsed.opts.has('n') && ctx.fs.exists(to)) continue;
      ctx.fs.rename(from, to);
      if (parsed.opts.has('v')) ctx.stdout.write(`renamed '${src}' -> '${destName}'\n`);
    } catch (error) {
      if (!(error instanceof FsError)) throw error;
      complain(ctx, flavour, flavour === 'gnu' ? (ctx.fs.exists(from) ? `cannot move '${src}' to '${destName}': ${error.description}` : `cannot stat '${src}': ${error.description}`) : `can't rename '${src}': ${error.description}`);
      status = 1;
    }
  }
  return status;
};
