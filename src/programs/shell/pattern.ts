/**
 * @module
 * Shell pattern matching (POSIX 2.13): `*`, `?`, bracket expressions with ranges, negation and
 * character classes, backslash-escaped (quoted) characters taken literally. Used by `case`,
 * `${x#pattern}` and friends, `[[ == ]]`, and pathname expansion, where `*` and `?` never match
 * `/` or a leading `.`.
 */
import type { ProcessFs } from '../types.js';

/** POSIX bracket classes (`[:alpha:]`…) as JavaScript character-class ranges. */
export const POSIX_CLASSES: { readonly [name: string]: string } = {
  alpha: 'A-Za-z',
  digit: '0-9',
  alnum: 'A-Za-z0-9',
  upper: 'A-Z',
  lower: 'a-z',
  space: ' \\t\\n\\r\\f\\v',
  blank: ' \\t',
  punct: '!-\\/:-@\\[-`{-~',
  xdigit: '0-9A-Fa-f',
  cntrl: '\\x00-\\x1f\\x7f',
  print: ' -~',
  graph: '!-~',
  word: 'A-Za-z0-9_',
};

const escapeRe = (c: string): string => c.replace(/[\\^$.*+?()[\]{}|\/-]/g, '\\$&');

/** True when `pattern` has an unescaped `*`, `?` or `[`. */
export function hasGlob(pattern: string): boolean {
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '*' || c === '?' || c === '[') return true;
  }
  return false;
}

/** Removes the backslashes that quote characters in a pattern. */
export function unescapePattern(pattern: string): string {
  return pattern.replace(/\\(.)/gs, '$1');
}

/** Escapes literal text so every character matches itself (also `!`, `^`, `-` inside brackets). */
export function escapePattern(text: string): string {
  return text.replace(/[^A-Za-z0-9_/]/g, '\\$&');
}

/** The regular-expression source of a pattern (unanchored). */
export function patternSource(pattern: string, pathname = false): string {
  let out = '';
  const any = pathname ? '[^/]' : '[\\s\\S]';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\' && i + 1 < pattern.length) out += escapeRe(pattern[++i]!);
    else if (c === '*') out += `${any}*`;
    else if (c === '?') out += any;
    else if (c === '[') {
      const bracket = readBracket(pattern, i);
      if (bracket) {
        out += bracket.source;
        i = bracket.end;
      } else out += '\\[';
    } else out += escapeRe(c);
  }
  return out;
}

function readBracket(pattern: string, start: number): { source: string; end: number } | undefined {
  let i = start + 1;
  let negate = false;
  if (pattern[i] === '!' || pattern[i] === '^') {
    negate = true;
    i++;
  }
  let body = '';
  let first = true;
  for (; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === ']' && !first) return { source: `[${negate ? '^' : ''}${body}]`, end: i };
    first = false;
    if (c === '[' && pattern[i + 1] === ':') {
      const close = pattern.indexOf(':]', i + 2);
      if (close > 0) {
        body += POSIX_CLASSES[pattern.slice(i + 2, close)] ?? '';
        i = close + 1;
        continue;
      }
    }
    if (c === '\\' && i + 1 < pattern.length) body += escapeRe(pattern[++i]!);
    else if (c === '-' && body !== '' && pattern[i + 1] !== ']') body += '-';
    else body += escapeRe(c);
  }
  return undefined;
}

/** True when `text` matches the whole `pattern` (`*` matches `/` too, as in `case`). */
export function matchPattern(pattern: string, text: string): boolean {
  return new RegExp(`^${patternSource(pattern)}$`).test(text);
}

/** `${x#p}` / `${x##p}` / `${x%p}` / `${x%%p}`: removes the shortest or longest matching prefix or suffix. */
export function trimPattern(text: string, pattern: string, op: '#' | '##' | '%' | '%%'): string {
  const re = new RegExp(`^${patternSource(pattern)}$`);
  const n = text.length;
  if (op === '#') {
    for (let i = 0; i <= n; i++) if (re.test(text.slice(0, i))) return text.slice(i);
  } else if (op === '##') {
    for (let i = n; i >= 0; i--) if (re.test(text.slice(0, i))) return text.slice(i);
  } else if (op === '%') {
    for (let i = n; i >= 0; i--) if (re.test(text.slice(i))) return text.slice(0, i);
  } else {
    for (let i = 0; i <= n; i++) if (re.test(text.slice(i))) return text.slice(0, i);
  }
  return text;
}

/** `${x/p/r}` and friends: replaces the first (`/`), every (`//`), a leading (`/#`) or trailing (`/%`) longest match. */
export function replacePattern(text: string, pattern: string, replacement: string, op: '/' | '//' | '/#' | '/%'): string {
  if (pattern === '') return text;
  const re = new RegExp(`^${patternSource(pattern)}$`);
  const longestAt = (start: number): number => {
    for (let end = text.length; end > start; end--) if (re.test(text.slice(start, end))) return end;
    return -1;
  };
  if (op === '/#') {
    const end = longestAt(0);
    return end < 0 ? text : replacement + text.slice(end);
  }
  if (op === '/%') {
    for (let start = 0; start < text.length; start++) if (re.test(text.slice(start))) return text.slice(0, start) + replacement;
    return text;
  }
  let out = '';
  let i = 0;
  while (i < text.length) {
    const end = longestAt(i);
    if (end < 0) {
      out += text[i++];
      continue;
    }
    out += replacement;
    i = end;
    if (op === '/') return out + text.slice(i);
  }
  return out;
}

/** Pathname expansion of `pattern` against the filesystem; sorted matches, or [] when none. `dotDirs`: `.*` includes `.` and `..`. */
export function globPaths(fs: ProcessFs, cwd: string, pattern: string, dotDirs = true): string[] {
  const absolute = pattern.startsWith('/');
  const components = pattern.split('/').filter((c, i) => c !== '' || i === 0);
  let results: string[] = [absolute ? '/' : ''];
  const start = absolute ? 1 : 0;
  for (let k = start; k < components.length; k++) {
    const component = components[k]!;
    const last = k === components.length - 1;
    const next: string[] = [];
    for (const base of results) {
      const dir = base === '' ? cwd : base.startsWith('/') ? base : `${cwd}/${base}`;
      const join = (name: string): string => (base === '' ? name : base.endsWith('/') ? base + name : `${base}/${name}`);
      if (!hasGlob(component)) {
        const path = join(unescapePattern(component));
        if (last ? exists(fs, resolveIn(cwd, path)) : isDir(fs, resolveIn(cwd, path))) next.push(path);
        continue;
      }
      const re = new RegExp(`^${patternSource(component, true)}$`);
      const dotOk = component.startsWith('.') || component.startsWith('\\.');
      // `.*` matches `.` and `..` too — except in bash ≥ 5.2 (globskipdots).
      const names = dotOk && dotDirs ? ['.', '..', ...readdir(fs, dir)] : readdir(fs, dir);
      for (const name of names) {
        if (name.startsWith('.') && !dotOk) continue;
        if (!re.test(name)) continue;
        const path = join(name);
        if (!last && !isDir(fs, resolveIn(cwd, path))) continue;
        next.push(path);
      }
    }
    results = next;
    if (results.length === 0) return [];
  }
  if (pattern.endsWith('/')) results = results.filter((p) => isDir(fs, resolveIn(cwd, p))).map((p) => `${p}/`);
  return results.sort(compareBytes);
}

/** Byte-order comparison (the C locale of container images). */
export function compareBytes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function resolveIn(cwd: string, path: string): string {
  return path.startsWith('/') ? path : `${cwd}/${path}`;
}

function readdir(fs: ProcessFs, dir: string): string[] {
  try {
    return fs.readdir(dir);
  } catch {
    return [];
  }
}

function exists(fs: ProcessFs, path: string): boolean {
  try {
    fs.lstat(path);
    return true;
  } catch {
    return false;
  }
}

function isDir(fs: ProcessFs, path: string): boolean {
  try {
    return fs.stat(path).kind === 'directory';
  } catch {
    return false;
  }
}
