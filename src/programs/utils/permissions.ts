/**
 * @module
 * `chmod` (octal or symbolic modes like `u+x`, `go-w`, `a=r`; `-R`) and `chown` (`user[:group]`,
 * names from /etc/passwd and /etc/group or numbers; `-R`).
 */
import { FsError, type ProcessContext } from '../types.js';
import { abs, complain, options } from './common.js';
import { lookupGroup, lookupUser } from './system-info.js';
import type { Tool } from './tool.js';

/** Applies a chmod mode (octal or symbolic) to `mode`; undefined when invalid. */
export function applyMode(spec: string, mode: number, isDir: boolean): number | undefined {
  if (/^[0-7]{1,4}$/.test(spec)) return parseInt(spec, 8);
  let result = mode;
  for (const clause of spec.split(',')) {
    const m = /^([ugoa]*)([-+=])([rwxXst]*|[ugo])$/.exec(clause);
    if (!m) return undefined;
    const who = m[1] || 'a';
    const shifts = [...(who.includes('a') ? 'ugo' : who)].map((w) => (w === 'u' ? 6 : w === 'g' ? 3 : 0));
    let bits = 0;
    let special = 0;
    for (const p of m[3]!) {
      if (p === 'r') bits |= 4;
      else if (p === 'w') bits |= 2;
      else if (p === 'x' || (p === 'X' && (isDir || (mode & 0o111) !== 0))) bits |= 1;
      else if (p === 's') special |= (who.includes('u') || who.includes('a') ? 0o4000 : 0) | (who.includes('g') || who.includes('a') ? 0o2000 : 0);
      else if (p === 't') special |= 0o1000;
      else if ('ugo'.includes(p)) bits |= (mode >> (p === 'u' ? 6 : p === 'g' ? 3 : 0)) & 7;
    }
    let mask = special;
    for (const s of shifts) mask |= bits << s;
    if (m[2] === '+') result |= mask;
    else if (m[2] === '-') result &= ~mask;
    else {
      let clear = 0;
      for (const s of shifts) clear |= 7 << s;
      result = (result & ~clear) | mask;
    }
  }
  return result;
}

function walk(ctx: ProcessContext, path: string, recursive: boolean, visit: (path: string) => void): void {
  visit(path);
  if (!recursive || ctx.fs.lstat(path).kind !== 'directory') return;
  for (const name of ctx.fs.readdir(path)) walk(ctx, `${path === '/' ? '' : path}/${name}`, true, visit);
}

/** `chmod MODE FILE...`. */
export const chmod: Tool = async (ctx, flavour) => {
  const args = ctx.argv.slice(1);
  const recursive = args.includes('-R') || args.includes('--recursive');
  const rest = args.filter((a) => a !== '-R' && a !== '--recursive' && a !== '-v' && a !== '-f');
  const [spec, ...files] = rest;
  if (spec === undefined || files.length === 0) {
    complain(ctx, flavour, spec === undefined ? 'missing operand' : `missing operand after '${spec}'`);
    if (flavour === 'gnu') ctx.stderr.write(`Try '${ctx.argv[0]} --help' for more information.\n`);
    return 1;
  }
  let status = 0;
  for (const file of files) {
    try {
      walk(ctx, abs(ctx, file), recursive, (path) => {
        const s = ctx.fs.stat(path);
        const mode = applyMode(spec, s.mode, s.kind === 'directory');
        if (mode === undefined) throw new RangeError(spec);
        ctx.fs.chmod(path, mode);
      });
    } catch (error) {
      if (error instanceof RangeError) {
        complain(ctx, flavour, flavour === 'gnu' ? `invalid mode: '${spec}'` : `invalid mode '${spec}'`);
        return 1;
      }
      if (!(error instanceof FsError)) throw error;
      complain(ctx, flavour, flavour === 'gnu' ? `cannot access '${file}': ${error.description}` : `${file}: ${error.description}`);
      status = 1;
    }
  }
  return status;
};

/** `chown USER[:GROUP] FILE...`. */
export const chown: Tool = async (ctx, flavour) => {
  const parsed = options(ctx, flavour, { flags: 'RhvfHLP', long: { recursive: 'R' } }, '[-RhLHPcvf]... USER[:[GRP]] FILE...');
  if (!parsed) return 1;
  const [spec, ...files] = parsed.operands;
  if (spec === undefined || files.length === 0) {
    complain(ctx, flavour, spec === undefined ? 'missing operand' : `missing operand after '${spec}'`);
    return 1;
  }
  const [userPart = '', groupPart] = spec.split(/[:.]/);
  const uid = userPart === '' ? undefined : lookupUser(ctx, userPart);
  const gid = groupPart === undefined || groupPart === '' ? undefined : lookupGroup(ctx, groupPart);
  if (userPart !== '' && uid === undefined) {
    complain(ctx, flavour, flavour === 'gnu' ? `invalid user: '${spec}'` : `unknown user ${userPart}`);
    return 1;
  }
  if (groupPart && gid === undefined) {
    complain(ctx, flavour, flavour === 'gnu' ? `invalid group: '${spec}'` : `unknown group ${groupPart}`);
    return 1;
  }
  let status = 0;
  for (const file of files) {
    try {
      walk(ctx, abs(ctx, file), parsed.opts.has('R'), (path) => {
        const s = ctx.fs.stat(path);
        ctx.fs.chown(path, uid ?? s.uid, gid ?? s.gid);
      });
    } catch (error) {
      if (!(error instanceof FsError)) throw error;
      complain(ctx, flavour, flavour === 'gnu' ? `cannot access '${file}': ${error.description}` : `${file}: ${error.description}`);
      status = 1;
    }
  }
  return status;
};
