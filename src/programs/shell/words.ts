/**
 * @module
 * Small facts about words the parser needs: their literal text, whether they are plain
 * (unquoted, unexpanded — keywords must be), and a here-document delimiter's text.
 */
import type { Word, WordPart } from './ast.js';

/** The unquoted text of a word, expansions kept as written (here-doc delimiters, keywords). */
export function literalText(word: Word): string {
  const text = (parts: readonly WordPart[]): string =>
    parts
      .map((p) => (p.type === 'literal' || p.type === 'quoted' ? p.text : p.type === 'double' ? text(p.parts) : p.type === 'tilde' ? `~${p.user}` : ''))
      .join('');
  return text(word.parts);
}

/** A here-document delimiter: the word as written, with quote removal but no expansion. */
export function delimiterText(raw: string): string {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (c === "'") {
      const end = raw.indexOf("'", i + 1);
      out += raw.slice(i + 1, end < 0 ? raw.length : end);
      i = end < 0 ? raw.length : end;
    } else if (c === '"') {
      for (i++; i < raw.length && raw[i] !== '"'; i++) out += raw[i] === '\\' && '$`"\\'.includes(raw[i + 1] ?? '') ? raw[++i] : raw[i];
    } else if (c === '\\') out += raw[++i] ?? '';
    else out += c;
  }
  return out;
}

/** True when the word has no quotes and no expansions. */
export function isPlain(word: Word): boolean {
  return word.parts.every((p) => p.type === 'literal');
}

