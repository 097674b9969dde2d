/**
 * @module
 * `ls`: names one per line when not on a terminal and in columns on one (busybox colours them
 * there, as alpine's does), `-l` long listings in each implementation's layout (busybox's fixed
 * `%4lu %-8s %-8s %9u` columns, GNU's aligned ones, both with `total`), `-a`, `-A`, `-1`, `-d`,
 * `-R`, `-r`, `-t`, `-S`, `-F`, `-p`, `-h`, `-n`, `-i`, and the error each prints for a missing
 * file (exit 1 for busybox, 2 for GNU).
 */
import { FsError, type FileStat, type ProcessContext } from '../types.js';
import { abs, complain, options } from './common.js';
import { blocks, groupOf, inode, linkCount, lsDate, modeString, ownerName } from './file-info.js';
import { compareBytes } from '../shell/pattern.js';
import type { Flavour, Tool } from './tool.js';

interface Entry {
  readonly name: string;
  readonly path: string;
  readonly stat: FileStat;
  /** For symlinks: the stat of the target, when it exists. */
  readonly target?: FileStat;
}

const ESC = '\x1b';

function human(n: number): string {
  if (n < 1024) return String(n);
  const units = ['K', 'M', 'G', 'T'];
  let v = n;
  let u = -1;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${v < 10 ? (Math.ceil(v * 10) / 10).toFixed(1) : Math.ceil(v)}${units[u]}`;
}

function entry(ctx: ProcessContext, name: string, path: string): Entry {
  const stat = ctx.fs.lstat(path);
  if (stat.kind !== 'symlink') return { name, path, stat };
  try {
    return { name, path, stat, target: ctx.fs.stat(path) };
  } catch {
    return { name, path, stat };
  }
}

function classify(e: Entry, o: Map<string, string>): string {
  if (!o.has('F') && !o.has('p')) return '';
  const s = e.stat.kind === 'symlink' && !o.has('l') ? (e.target ?? e.stat) : e.stat;
  if (s.kind === 'directory') return '/';
  if (!o.has('F')) return '';
  if (s.kind === 'symlink') return '@';
  return s.mode & 0o111 ? '*' : '';
}

function colorOf(e: Entry): string {
  const s = e.stat;
  if (s.kind === 'directory') return '1;34';
  if (s.kind === 'symlink') return '1;36';
  return s.mode & 0o111 ? '1;32' : '0;0';
}

function sortEntries(list: Entry[], o: Map<string, string>): Entry[] {
  const sorted = [...list].sort((a, b) => {
    if (o.has('t') && a.stat.mtime !== b.stat.mtime) return b.stat.mtime - a.stat.mtime;
    if (o.has('S') && a.stat.size !== b.stat.size) return b.stat.size - a.stat.size;
    return compareBytes(a.name, b.name);
  });
  return o.has('r') ? sorted.reverse() : sorted;
}

/** `ls [OPTION]... [FILE]...`. */
export const ls: Tool = async (ctx, flavour) => {
  const parsed = options(
    ctx,
    flavour,
    { flags: '1aAlCdFhinprRStx', long: { all: 'a', 'almost-all': 'A', directory: 'd', classify: 'F', 'human-readable': 'h', inode: 'i', 'numeric-uid-gid': 'n', recursive: 'R', reverse: 'r', 'color=': 'color', color: 'color', colour: 'color', 'colour=': 'color' } },
    '[-1AaCxdLHRFplinshrSXvctu] [-w WIDTH] [FILE]...',
  );
  if (!parsed) return flavour === 'gnu' ? 2 : 1;
  const o = parsed.opts;
  if (o.has('n')) o.set('l', '');
  const tty = ctx.stdout.isTTY;
  const colorOpt = o.get('color');
  const color = colorOpt === undefined ? flavour === 'busybox' && tty : colorOpt === '' || colorOpt === 'always' || ((colorOpt === 'auto' || colorOpt === 'tty') && tty);
  const columns = !o.has('l') && !o.has('1') && (tty || o.has('C') || o.has('x'));
  const operands = parsed.operands.length > 0 ? parsed.operands : ['.'];
  let status = 0;
  const files: Entry[] = [];
  const dirs: Entry[] = [];
  for (const op of operands) {
    try {
      const e = entry(ctx, op, abs(ctx, op));
      const isDir = e.stat.kind === 'directory' || (e.stat.kind === 'symlink' && e.target?.kind === 'directory' && !o.has('l'));
      if (isDir && !o.has('d')) dirs.push(e);
      else files.push(e);
    } catch (error) {
      if (!(error instanceof FsError)) throw error;
      complain(ctx, flavour, flavour === 'gnu' ? `cannot access '${op}': ${error.description}` : `${op}: ${error.description}`);
      status = flavour === 'gnu' ? 2 : 1;
    }
  }
  const now = ctx.clock.now();
  const name = (e: Entry): string => (color ? `${ESC}[${colorOf(e)}m${e.name}${ESC}[m` : e.name) + classify(e, o);
  const print = (list: Entry[]): void => {
    if (list.length === 0) return;
    if (o.has('l')) return ctx.stdout.write(longListing(ctx, flavour, list, o, now, name));
    const names = list.map((e) => ({ text: (o.has('i') ? `${inode(e.path)} ` : '') + name(e), width: (o.has('i') ? String(inode(e.path)).length + 1 : 0) + e.name.length + classify(e, o).length }));
    if (!columns) return ctx.stdout.write(names.map((n) => `${n.text}\n`).join(''));
    ctx.stdout.write(flavour === 'busybox' ? busyboxColumns(names, o.has('x')) : gnuColumns(names, o.has('x')));
  };
  print(sortEntries(files, o));
  const showHeaders = operands.length > 1 || o.has('R') || files.length > 0;
  const queue = sortEntries(dirs, o);
  let first = files.length === 0;
  while (queue.length > 0) {
    const dir = queue.shift()!;
    if (showHeaders) {
      ctx.stdout.write(`${first ? '' : '\n'}${dir.name}:\n`);
    }
    first = false;
    let names: string[];
    try {
      names = ctx.fs.readdir(dir.path);
    } catch (error) {
      if (!(error instanceof FsError)) throw error;
      complain(ctx, flavour, flavour === 'gnu' ? `cannot open directory '${dir.name}': ${error.description}` : `${dir.name}: ${error.description}`);
      status = flavour === 'gnu' ? 2 : 1;
      continue;
    }
    const children: Entry[] = [];
    if (o.has('a')) for (const dot of ['.', '..']) children.push({ ...entry(ctx, dot, `${dir.path}/${dot}`), name: dot });
    for (const n of names) if (o.has('a') || o.has('A') || !n.startsWith('.')) children.push(entry(ctx, n, dir.path === '/' ? `/${n}` : `${dir.path}/${n}`));
    const sorted = sortEntries(children, o);
    if (o.has('l')) ctx.stdout.write(`total ${sorted.reduce((t, e) => t + blocks(e.stat), 0) / 2}\n`);
    print(sorted);
    if (o.has('R')) {
      const subdirs = sorted.filter((e) => e.stat.kind === 'directory' && e.name !== '.' && e.name !== '..').map((e) => ({ ...e, name: dir.name === '/' ? `/${e.name}` : `${dir.name.replace(/\/$/, '')}/${e.name}` }));
      queue.unshift(...subdirs);
    }
  }
  return status;
};

function longListing(ctx: ProcessContext, flavour: Flavour, list: Entry[], o: Map<string, string>, now: number, name: (e: Entry) => string): string {
  const rows = list.map((e) => ({
    e,
    mode: modeString(e.stat),
    links: String(linkCount(ctx, e.path, e.stat)),
    owner: o.has('n') ? String(e.stat.uid) : ownerName(ctx, e.stat.uid),
    group: o.has('n') ? String(e.stat.gid) : groupOf(ctx, e.stat.gid),
    size: o.has('h') ? human(e.stat.size) : String(e.stat.size),
    date: lsDate(e.stat.mtime, now),
    link: e.stat.kind === 'symlink' ? ` -> ${e.stat.target ?? ''}` : '',
    ino: o.has('i') ? `${inode(e.path)} ` : '',
  }));
  if (flavour === 'busybox') return rows.map((r) => `${r.ino}${r.mode.padEnd(10)} ${r.links.padStart(4)} ${r.owner.padEnd(8)} ${r.group.padEnd(8)} ${r.size.padStart(9)} ${r.date} ${name(r.e)}${r.link}\n`).join('');
  const w = (k: 'links' | 'owner' | 'group' | 'size'): number => Math.max(...rows.map((r) => r[k].length));
  return rows.map((r) => `${r.ino}${r.mode} ${r.links.padStart(w('links'))} ${r.owner.padEnd(w('owner'))} ${r.group.padEnd(w('group'))} ${r.size.padStart(w('size'))} ${r.date} ${name(r.e)}${r.link}\n`).join('');
}

/** busybox: one column width (longest name + 2) across a 79-character line. */
function busyboxColumns(names: { text: string; width: number }[], across: boolean): string {
  const colWidth = Math.max(...names.map((n) => n.width)) + 2;
  const ncols = Math.max(1, Math.floor(79 / colWidth));
  const nrows = Math.ceil(names.length / ncols);
  let out = '';
  for (let row = 0; row < nrows; row++) {
    let line = '';
    let used = 0;
    for (let col = 0; col < ncols; col++) {
      const i = across ? row * ncols + col : col * nrows + row;
      const n = names[i];
      if (!n) continue;
      if (col > 0) line += ' '.repeat(col * colWidth - used);
      used = col * colWidth + n.width;
      line += n.text;
    }
    out += `${line}\n`;
  }
  return out;
}

/** GNU: as many columns as fit in 80 characters, each as wide as its longest name + 2. */
function gnuColumns(names: { text: string; width: number }[], across: boolean): string {
  const lineWidth = 80;
  for (let ncols = Math.min(names.length, Math.floor(lineWidth / 3)); ncols >= 1; ncols--) {
    const nrows = Math.ceil(names.length / ncols);
    const index = (row: number, col: number): number => (across ? row * ncols + col : col * nrows + row);
    const widths: number[] = [];
    for (let col = 0; col < ncols; col++) {
      let w = 0;
      for (let row = 0; row < nrows; row++) w = Math.max(w, names[index(row, col)]?.width ?? 0);
      widths.push(w + (col < ncols - 1 ? 2 : 0));
    }
    if (ncols > 1 && widths.reduce((a, b) => a + b, 0) > lineWidth) continue;
    if (ncols > 1 && !across && nrows * (ncols - 1) >= names.length) continue;
    let out = '';
    for (let row = 0; row < nrows; row++) {
      let line = '';
      for (let col = 0; col < ncols; col++) {
        const n = names[index(row, col)];
        if (!n) continue;
        const last = col === ncols - 1 || !names[index(row, col + 1)];
        line += last ? n.text : n.text + ' '.repeat(widths[col]! - n.width);
      }
      out += `${line}\n`;
    }
    return out;
  }
  return names.map((n) => `${n.text}\n`).join('');
}
