/**
 * @module
 * `stat`: busybox's and GNU's default report (`  File: …`, `Size: …`, `Access: (0644/-rw-r--r--)`,
 * times with nanoseconds in UTC), `-c`/`--format` and `-L`, and each one's error for a missing
 * file — `stat: can't stat 'greeting.txt': No such file or directory` on alpine,
 * `stat: cannot statx 'greeting.txt': No such file or directory` on Debian and Ubuntu.
 */
import { FsError, type FileStat, type ProcessContext } from '../types.js';
import { abs, complain, options } from './common.js';
import { blocks, fileType, groupOf, inode, linkCount, modeString, ownerName } from './file-info.js';
import { strftime } from './strftime.js';
import type { Flavour, Tool } from './tool.js';

const time = (ms: number): string => strftime('%Y-%m-%d %H:%M:%S.%N %z', ms);

function format(ctx: ProcessContext, flavour: Flavour, fmt: string, name: string, path: string, s: FileStat): string {
  return fmt.replace(/%([-#0 +]*\d*(?:\.\d+)?)([a-zA-Z%])/g, (_, mods: string, c: string) => {
    const v = ((): string => {
      switch (c) {
        case 'n':
          return name;
        case 'N':
          return s.kind === 'symlink' ? (flavour === 'busybox' ? `'${name}' -> '${s.target}'` : `${name} -> ${s.target}`) : name;
        case 's':
          return String(s.size);
        case 'a':
          return (s.mode & 0o7777).toString(8);
        case 'A':
          return modeString(s);
        case 'f':
          return ((s.kind === 'directory' ? 0o040000 : s.kind === 'symlink' ? 0o120000 : 0o100000) | s.mode).toString(16);
        case 'F':
          return fileType(s);
        case 'u':
          return String(s.uid);
        case 'U':
          return ownerName(ctx, s.uid);
        case 'g':
          return String(s.gid);
        case 'G':
          return groupOf(ctx, s.gid);
        case 'h':
          return String(linkCount(ctx, path, s));
        case 'i':
          return String(inode(path));
        case 'b':
          return String(blocks(s));
        case 'B':
          return '512';
        case 'o':
          return '4096';
        case 'd':
          return '68';
        case 'D':
          return '44';
        case 'x':
        case 'y':
        case 'z':
          return time(s.mtime);
        case 'w':
          return '-';
        case 'X':
        case 'Y':
        case 'Z':
          return String(Math.floor(s.mtime / 1000));
        case 'W':
          return '0';
        case 'm':
          return '/';
        case 't':
        case 'T':
          return '0';
        case '%':
          return '%';
        default:
          return `?`;
      }
    })();
    const width = /^[-#0 +]*(\d+)/.exec(mods)?.[1];
    const precision = /\.(\d+)/.exec(mods)?.[1];
    if (precision !== undefined && !/^\d+$/.test(v)) return format1(v.slice(0, Number(precision)), mods, width);
    return format1(v, mods, width);
  });
}

function format1(v: string, mods: string, width: string | undefined): string {
  {
    if (!width) return v;
    if (mods.includes('-')) return v.padEnd(Number(width));
    return mods.startsWith('0') ? v.padStart(Number(width), '0') : v.padStart(Number(width));
  }
}

function defaultFormat(flavour: Flavour, s: FileStat): string {
  const links = s.kind === 'directory' ? 'Links: %h' : 'Links: %h';
  const device = flavour === 'busybox' ? 'Device: %Dh/%dd' : 'Device: 0,%D';
  const lines = [
    '  File: %N',
    '  Size: %-10s\tBlocks: %-10b IO Block: %-6o %F',
    `${device}\tInode: %-10i  ${links}`,
    'Access: (%04a/%10.10A)  Uid: (%5u/%8U)   Gid: (%5g/%8G)',
    'Access: %x',
    'Modify: %y',
    'Change: %z',
  ];
  if (flavour === 'gnu') lines.push(' Birth: %w');
  return `${lines.join('\n')}\n`;
}

/** `stat [-c FORMAT] FILE...`. */
export const stat: Tool = async (ctx, flavour) => {
  const parsed = options(ctx, flavour, { flags: 'Ltf', values: 'c', long: { 'format=': 'c', 'printf=': 'printf', dereference: 'L', terse: 't' } }, '[-ltf] [-c FMT] FILE...');
  if (!parsed) return 1;
  if (parsed.operands.length === 0) {
    complain(ctx, flavour, 'missing operand');
    if (flavour === 'gnu') ctx.stderr.write(`Try '${ctx.argv[0]} --help' for more information.\n`);
    else ctx.stderr.write('BusyBox v1.37.0 (2025-01-17 18:12:01 UTC) multi-call binary.\n\nUsage: stat [-lt] FILE...\n');
    return 1;
  }
  let status = 0;
  for (const name of parsed.operands) {
    const path = abs(ctx, name);
    let s: FileStat;
    try {
      s = parsed.opts.has('L') ? ctx.fs.stat(path) : ctx.fs.lstat(path);
    } catch (error) {
      if (!(error instanceof FsError)) throw error;
      complain(ctx, flavour, flavour === 'gnu' ? `cannot statx '${name}': ${error.description}` : `can't stat '${name}': ${error.description}`);
      status = 1;
      continue;
    }
    const custom = parsed.opts.get('c') ?? parsed.opts.get('printf');
    const fmt = custom !== undefined ? `${custom}${parsed.opts.has('c') ? '\n' : ''}` : parsed.opts.has('t') ? '%n %s %b %f %u %g %D %i %h %t %T %X %Y %Z %W %o\n' : defaultFormat(flavour, s);
    ctx.stdout.write(format(ctx, flavour, parsed.opts.has('printf') ? fmt.replace(/\\n/g, '\n').replace(/\\t/g, '\t') : fmt, name, path, s));
  }
  return status;
};
