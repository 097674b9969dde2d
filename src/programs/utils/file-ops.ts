/**
 * @module
 * Creating and removing: `mkdir` (`-p`, `-m`), `rmdir`, `rm` (`-r`, `-f`, `-i` refused without a
 * terminal), `touch` (create or update the time on the virtual clock; `-c`, `-d`), and `ln`
 * (`-s` symbolic links).
 */
import { baseName } from '../process/paths.js';
import { FsError } from '../types.js';
import { abs, complain, options } from './common.js';
import { parseDate } from './date.js';
import type { Tool } from './tool.js';

/** `mkdir [-p] [-m MODE] DIR...`. */
export const mkdir: Tool = async (ctx, flavour) => {
  const parsed = options(ctx, flavour, { flags: 'pv', values: 'm', long: { parents: 'p', verbose: 'v', 'mode=': 'm' } }, '[-m MODE] [-p] DIRECTORY...');
  if (!parsed) return 1;
  if (parsed.operands.length === 0) {
    complain(ctx, flavour, 'missing operand');
    if (flavour === 'gnu') ctx.stderr.write(`Try '${ctx.argv[0]} --help' for more information.\n`);
    return 1;
  }
  const mode = parsed.opts.has('m') ? parseInt(parsed.opts.get('m')!, 8) : 0o755;
  let status = 0;
  for (const dir of parsed.operands) {
    try {
      const path = abs(ctx, dir);
      if (parsed.opts.has('p')) {
        if (ctx.fs.exists(path) && ctx.fs.stat(path).kind !== 'directory') throw new FsError('EEXIST', 'mkdir', path);
        ctx.fs.mkdir(path, { recursive: true, mode });
      } else ctx.fs.mkdir(path, { mode });
      if (parsed.opts.has('v')) ctx.stdout.write(flavour === 'gnu' ? `mkdir: created directory '${dir}'\n` : `created directory: '${dir}'\n`);
    } catch (error) {
      if (!(error instanceof FsError)) throw error;
      complain(ctx, flavour, `${flavour === 'gnu' ? 'cannot' : "can't"} create directory '${dir}': ${error.description}`);
      status = 1;
    }
  }
  return status;
};

/** `rmdir DIR...`: remove empty directories. */
export const rmdir: Tool = async (ctx, flavour) => {
  const parsed = options(ctx, flavour, { flags: 'p', long: { parents: 'p' } }, '[-p] DIRECTORY...');
  if (!parsed) return 1;
  let status = 0;
  for (const dir of parsed.operands) {
    try {
      const path = abs(ctx, dir);
      const s = ctx.fs.lstat(path);
      if (s.kind !== 'directory') throw new FsError('ENOTDIR', 'rmdir', path);
      if (ctx.fs.readdir(path).length > 0) throw new FsError('ENOTEMPTY', 'rmdir', path);
      ctx.fs.rm(path);
    } catch (error) {
      if (!(error instanceof FsError)) throw error;
      complain(ctx, flavour, flavour === 'gnu' ? `failed to remove '${dir}': ${error.description}` : `'${dir}': ${error.description}`);
      status = 1;
    }
  }
  return status;
};

/** `rm [-rf] FILE...`. */
export const rm: Tool = async (ctx, flavour) => {
  const parsed = options(ctx, flavour, { flags: 'rRfivd', long: { recursive: 'r', force: 'f', interactive: 'i', verbose: 'v', dir: 'd' } }, '[-irf] FILE...');
  if (!parsed) return 1;
  const o = parsed.opts;
  const recursive = o.has('r') || o.has('R');
  if (parsed.operands.length === 0 && !o.has('f')) {
    complain(ctx, flavour, 'missing operand');
    if (flavour === 'gnu') ctx.stderr.write(`Try '${ctx.argv[0]} --help' for more information.\n`);
    return 1;
  }
  let status = 0;
  for (const file of parsed.operands) {
    const base = baseName(file);
    if (base === '.' || base === '..') {
      complain(ctx, flavour, flavour === 'gnu' ? `refusing to remove '.' or '..' directory: skipping '${file}'` : `can't remove '.' or '..'`);
      status = 1;
      continue;
    }
    const path = abs(ctx, file);
    try {
      const s = ctx.fs.lstat(path);
      if (s.kind === 'directory' && !recursive) {
        if (o.has('d') && ctx.fs.readdir(path).length === 0) {
          ctx.fs.rm(path);
          continue;
        }
        complain(ctx, flavour, flavour === 'gnu' ? `cannot remove '${file}': Is a directory` : `'${file}' is a directory`);
        status = 1;
        continue;
      }
      ctx.fs.rm(path, { recursive });
      if (o.has('v')) ctx.stdout.write(flavour === 'gnu' ? `removed '${file}'\n` : `removed '${file}'\n`);
    } catch (error) {
      if (!(error instanceof FsError)) throw error;
      if (o.has('f') && error.code === 'ENOENT') continue;
      complain(ctx, flavour, `${flavour === 'gnu' ? 'cannot' : "can't"} remove '${file}': ${error.description}`);
      status = 1;
    }
  }
  return status;
};

/** `touch FILE...`: create files or update their time. */
export const touch: Tool = async (ctx, flavour) => {
  const parsed = options(ctx, flavour, { flags: 'cam', values: 'dtr', long: { 'no-create': 'c', 'date=': 'd', 'reference=': 'r' } }, '[-c] [-d DATE] [-t DATE] [-r FILE] FILE...');
  if (!parsed) return 1;
  const o = parsed.opts;
  if (parsed.operands.length === 0) {
    complain(ctx, flavour, 'missing file operand');
    if (flavour === 'gnu') ctx.stderr.write(`Try '${ctx.argv[0]} --help' for more information.\n`);
    return 1;
  }
  let when = ctx.clock.now();
  if (o.has('d')) {
    const t = parseDate(o.get('d')!, when);
    if (t === undefined) {
      complain(ctx, flavour, `invalid date format '${o.get('d')}'`);
      return 1;
    }
    when = t;
  }
  if (o.has('r')) {
    try {
      when = ctx.fs.stat(abs(ctx, o.get('r')!)).mtime;
    } catch (error) {
      if (!(error instanceof FsError)) throw error;
      complain(ctx, flavour, `failed to get attributes of '${o.get('r')}': ${error.description}`);
      return 1;
    }
  }
  let status = 0;
  for (const file of parsed.operands) {
    const path = abs(ctx, file);
    try {
      if (!ctx.fs.exists(path)) {
        if (o.has('c')) continue;
        ctx.fs.writeFile(path, '', { mode: 0o644 });
      }
      ctx.fs.utimes(path, when);
    } catch (error) {
      if (!(error instanceof FsError)) throw error;
      complain(ctx, flavour, flavour === 'gnu' ? `cannot touch '${file}': ${error.description}` : `${file}: ${error.description}`);
      status = 1;
    }
  }
  return status;
};

/** `ln [-s] TARGET LINK`. */
export const ln: Tool = async (ctx, flavour) => {
  const parsed = options(ctx, flavour, { flags: 'sfnvT', long: { symbolic: 's', force: 'f', 'no-dereference': 'n', verbose: 'v' } }, '[-sfnbtv] [-S SUF] TARGET... LINK|DIR');
  if (!parsed) return 1;
  const [target, link] = parsed.operands;
  if (target === undefined) {
    complain(ctx, flavour, 'missing file operand');
    return 1;
  }
  let dest = abs(ctx, link ?? baseName(target));
  try {
    if (ctx.fs.exists(dest) && ctx.fs.stat(dest).kind === 'directory' && !parsed.opts.has('n')) dest = `${dest}/${baseName(target)}`;
    if (parsed.opts.has('f')) ctx.fs.rm(dest, { force: true });
    if (parsed.opts.has('s')) ctx.fs.symlink(target, dest);
    else ctx.fs.writeFile(dest, ctx.fs.readFile(abs(ctx, target)), { mode: ctx.fs.stat(abs(ctx, target)).mode });
  } catch (error) {
    if (!(error instanceof FsError)) throw error;
    complain(ctx, flavour, flavour === 'gnu' ? `failed to create ${parsed.opts.has('s') ? 'symbolic ' : 'hard '}link '${link ?? baseName(target)}': ${error.description}` : `${link ?? target}: ${error.description}`);
    return 1;
  }
  return 0;
};
