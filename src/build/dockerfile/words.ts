/**
 * @module
 * Splits ENV, LABEL and ARG arguments into words without removing quotes (BuildKit
 * `parseWords`): quotes group spaces into one word and stay in place, the escape character keeps
 * the next character (a quote included) in the word. Quotes are removed later, when variables
 * are substituted.
 */
import { isSpace } from '../go/unicode.js';

/** The words of `rest`, quotes and escapes kept. */
export function parseWords(rest: string, escapeToken: string): string[] {
  const runes = Array.from(rest);
  const words: string[] = [];
  let phase: 'spaces' | 'word' | 'quote' = 'spaces';
  let quote = '';
  let blankOK = false;
  let word = '';
  for (let pos = 0; pos <= runes.length; pos++) {
    let ch = pos < runes.length ? runes[pos]! : '';
    if (phase === 'spaces') {
      if (pos === runes.length) break;
      if (isSpace(ch)) continue;
      phase = 'word';
    }
    if (pos === runes.length) {
      if (blankOK || word.length > 0) words.push(word);
      break;
    }
    if (phase === 'word') {
      if (isSpace(ch)) {
        phase = 'spaces';
        if (blankOK || word.length > 0) words.push(word);
        word = '';
        blankOK = false;
        continue;
      }
      if (ch === "'" || ch === '"') {
        quote = ch;
        blankOK = true;
        phase = 'quote';
      }
      if (ch === escapeToken) {
        if (pos + 1 === runes.length) continue;
        // Unquoted, the escape and the next character (even a quote) both stay in the word.
        word += ch;
        pos++;
        ch = runes[pos]!;
      }
      word += ch;
      continue;
    }
    // In quotes.
    if (ch === quote) phase = 'word';
    // The escape character works in double quotes only.
    if (ch === escapeToken && quote !== "'") {
      if (pos + 1 === runes.length) {
        phase = 'word';
        continue;
      }
      pos++;
      word += ch;
      ch = runes[pos]!;
    }
    word += ch;
  }
  return words;
}
