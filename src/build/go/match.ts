/**
 * @module
 * Go's `path/filepath.Match` (Linux flavour): `*` (any run without `/`), `?`, `[a-z]`, `[^…]` and
 * `\` escapes. The classic builder matches COPY/ADD wildcard sources with it, and moby's
 * `.dockerignore` matcher uses it to reject malformed patterns (`syntax error in pattern`).
 */

/** Thrown (as Go's `filepath.ErrBadPattern`) for a malformed pattern. */
export class BadPatternError extends Error {
  constructor() {
    super('syntax error in pattern');
    this.name = 'BadPatternError';
  }
}

type Runes = readonly string[];

/** Go `filepath.Match(pattern, name)`; throws {@link BadPatternError} for a malformed pattern. */
export function goMatch(pattern: string, name: string): boolean {
  let pat: Runes = Array.from(pattern);
  let str: Runes = Array.from(name);
  outer: while (pat.length > 0) {
    const { star, chunk, rest } = scanChunk(pat);
    pat = rest;
    if (star && chunk.length === 0) return !str.includes('/');
    const here = matchChunk(chunk, str);
    if (here !== null && (here.length === 0 || pat.length > 0)) {
      str = here;
      continue;
    }
    if (star) {
      // Look for a match skipping i+1 runes; a star cannot skip a `/`.
      for (let i = 0; i < str.length && str[i] !== '/'; i++) {
        const t = matchChunk(chunk, str.slice(i + 1));
        if (t !== null) {
          if (pat.length === 0 && t.length > 0) continue;
          str = t;
          continue outer;
        }
      }
    }
    // Before answering "no", the rest of the pattern must still be well formed.
    while (pat.length > 0) {
      const next = scanChunk(pat);
      pat = next.rest;
      matchChunk(next.chunk, []);
    }
    return false;
  }
  return str.length === 0;
}

/** True when `pattern` is well formed for {@link goMatch}. */
export function isValidGoPattern(pattern: string): boolean {
  try {
    goMatch(pattern, '.');
    return true;
  } catch (e) {
    if (e instanceof BadPatternError) return false;
    throw e;
  }
}

function scanChunk(pattern: Runes): { star: boolean; chunk: Runes; rest: Runes } {
  let start = 0;
  while (start < pattern.length && pattern[start] === '*') start++;
  const star = start > 0;
  let inRange = false;
  let i = start;
  scan: for (; i < pattern.length; i++) {
    switch (pattern[i]) {
      case '\\':
        if (i + 1 < pattern.length) i++;
        break;
      case '[':
        inRange = true;
        break;
      case ']':
        inRange = false;
        break;
      case '*':
        if (!inRange) break scan;
        break;
    }
  }
  return { star, chunk: pattern.slice(start, i), rest: pattern.slice(i) };
}

/** Matches one chunk at the start of `s`: the rest of `s`, or null. Throws on a malformed chunk. */
function matchChunk(chunk: Runes, s: Runes): Runes | null {
  let failed = false;
  let c = 0;
  let p = 0;
  while (c < chunk.length) {
    if (!failed && p >= s.length) failed = true;
    const ch = chunk[c]!;
    if (ch === '[') {
      const r = failed ? '' : s[p++]!;
      c++;
      let negated = false;
      if (c < chunk.length && chunk[c] === '^') {
        negated = true;
        c++;
      }
      let match = false;
      let ranges = 0;
      for (;;) {
        if (c < chunk.length && chunk[c] === ']' && ranges > 0) {
          c++;
          break;
        }
        const lo = getEsc(chunk, c);
        c = lo.next;
        let hi = lo;
        if (chunk[c] === '-') {
          hi = getEsc(chunk, c + 1);
          c = hi.next;
        }
        if (r !== '' && lo.rune <= r.codePointAt(0)! && r.codePointAt(0)! <= hi.rune) match = true;
        ranges++;
      }
      if (match === negated) failed = true;
    } else if (ch === '?') {
      if (!failed) {
        if (s[p] === '/') failed = true;
        p++;
      }
      c++;
    } else {
      if (ch === '\\') {
        c++;
        if (c >= chunk.length) throw new BadPatternError();
      }
      if (!failed) {
        if (chunk[c] !== s[p]) failed = true;
        p++;
      }
      c++;
    }
  }
  return failed ? null : s.slice(p);
}

function getEsc(chunk: Runes, at: number): { rune: number; next: number } {
  let i = at;
  if (i >= chunk.length || chunk[i] === '-' || chunk[i] === ']') throw new BadPatternError();
  if (chunk[i] === '\\') {
    i++;
    if (i >= chunk.length) throw new BadPatternError();
  }
  const rune = chunk[i]!.codePointAt(0)!;
  i++;
  if (i >= chunk.length) throw new BadPatternError();
  return { rune, next: i };
}
