/**
 * @module
 * bash's brace expansion, done before every other expansion and only on unquoted text:
 * `a{b,c}d` → `abd acd`, `{1..5}`, `{a..e}`, `{01..10}` (zero-padded), `{1..10..3}`, nested and
 * repeated braces (a cartesian product). `{x}` and unbalanced braces stay as they are.
 */
import type { Word, WordPart } from './ast.js';

/** One element of a word: a single unquoted character, or any other part. */
type Atom = { readonly ch: string } | { readonly part: WordPart };

function atomsOf(word: Word): Atom[] {
  const out: Atom[] = [];
  for (const part of word.parts) {
    if (part.type === 'literal') for (const ch of part.text) out.push({ ch });
    else out.push({ part });
  }
  return out;
}

function wordOf(atoms: readonly Atom[], text: string): Word {
  const parts: WordPart[] = [];
  for (const a of atoms) {
    if ('part' in a) parts.push(a.part);
    else {
      const last = parts[parts.length - 1];
      if (last?.type === 'literal') parts[parts.length - 1] = { type: 'literal', text: last.text + a.ch };
      else parts.push({ type: 'literal', text: a.ch });
    }
  }
  return { parts, text };
}

const isCh = (a: Atom | undefined, ch: string): boolean => a !== undefined && 'ch' in a && a.ch === ch;

/** The sequence `{x..y[..step]}` as strings, if `inner` is one. */
function sequence(inner: readonly Atom[]): string[] | undefined {
  if (inner.some((a) => 'part' in a)) return undefined;
  const text = inner.map((a) => (a as { ch: string }).ch).join('');
  const m = /^(-?\d+|[A-Za-z])\.\.(-?\d+|[A-Za-z])(?:\.\.(-?\d+))?$/.exec(text);
  if (!m) return undefined;
  const [, a, b, s] = m;
  const numeric = /\d/.test(a!) && /\d/.test(b!);
  if (!numeric && (/\d/.test(a!) || /\d/.test(b!))) return undefined;
  let step = Math.abs(Number(s ?? 1)) || 1;
  const from = numeric ? Number(a) : a!.charCodeAt(0);
  const to = numeric ? Number(b) : b!.charCodeAt(0);
  if (from > to) step = -step;
  const width = numeric && (/^-?0\d/.test(a!) || /^-?0\d/.test(b!)) ? Math.max(a!.length, b!.length) : 0;
  const out: string[] = [];
  for (let v = from; step > 0 ? v <= to : v >= to; v += step) {
    if (!numeric) out.push(String.fromCharCode(v));
    else out.push(width ? (v < 0 ? `-${String(-v).padStart(width - 1, '0')}` : String(v).padStart(width, '0')) : String(v));
    if (out.length > 100000) break;
  }
  return out;
}

function expandAtoms(atoms: readonly Atom[]): Atom[][] {
  for (let open = 0; open < atoms.length; open++) {
    if (!isCh(atoms[open], '{') || isCh(atoms[open - 1], '$')) continue;
    let depth = 0;
    const commas: number[] = [];
    let close = -1;
    for (let i = open + 1; i < atoms.length; i++) {
      if (isCh(atoms[i], '{')) depth++;
      else if (isCh(atoms[i], '}')) {
        if (depth === 0) {
          close = i;
          break;
        }
        depth--;
      } else if (isCh(atoms[i], ',') && depth === 0) commas.push(i);
    }
    if (close < 0) return [[...atoms]];
    const prefix = atoms.slice(0, open);
    const suffix = atoms.slice(close + 1);
    let alternatives: Atom[][];
    if (commas.length > 0) {
      const bounds = [open, ...commas, close];
      alternatives = bounds.slice(0, -1).flatMap((start, k) => expandAtoms(atoms.slice(start + 1, bounds[k + 1])));
    } else {
      const seq = sequence(atoms.slice(open + 1, close));
      if (!seq) continue;
      alternatives = seq.map((s) => [...s].map((ch) => ({ ch })));
    }
    const tails = expandAtoms(suffix);
    return alternatives.flatMap((alt) => tails.map((tail) => [...prefix, ...alt, ...tail]));
  }
  return [[...atoms]];
}

/** Brace-expands a word into one or more words. */
export function braceExpand(word: Word): Word[] {
  if (!word.parts.some((p) => p.type === 'literal' && p.text.includes('{'))) return [word];
  const results = expandAtoms(atomsOf(word));
  if (results.length === 1) return [word];
  return results.map((atoms) => wordOf(atoms, word.text));
}
