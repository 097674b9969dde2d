/**
 * @module
 * Splits an instruction line into keyword, leading `--flags` and the rest (BuildKit
 * `parser/split_command.go`). Flags are words that start with `--`, may be quoted, and end at the
 * first word that is not a flag or at a bare `--`. BuildKit reads them byte by byte; so do we.
 */
import { isSpace, trimSpace } from '../go/unicode.js';
import { fromByteString, toByteString } from './bytes.js';

/** The parts of an instruction line. */
export interface SplitCommand {
  /** The keyword as written. */
  readonly cmd: string;
  /** The flags, quotes and escapes removed. */
  readonly flags: readonly string[];
  /** Everything after the flags, trimmed. */
  readonly args: string;
}

const WHITESPACE = /[\t\v\f\r ]+/;

/** Splits `line` into keyword, flags and arguments; `escapeToken` escapes inside flags. */
export function splitCommand(line: string, escapeToken: string): SplitCommand {
  const trimmed = trimSpace(line);
  const m = WHITESPACE.exec(trimmed);
  if (m === null) return { cmd: trimmed, flags: [], args: '' };
  const { rest, flags } = extractBuilderFlags(trimmed.slice(m.index + m[0].length), escapeToken);
  return { cmd: trimmed.slice(0, m.index), flags, args: trimSpace(rest) };
}

/** Takes the leading `--flag` words off `line` (BuildKit `extractBuilderFlags`). */
export function extractBuilderFlags(line: string, escapeToken: string): { rest: string; flags: string[] } {
  const bytes = toByteString(line);
  const words: string[] = [];
  let phase: 'spaces' | 'word' | 'quote' = 'spaces';
  let word = '';
  let quote = '';
  let blankOK = false;
  const rest = (pos: number) => ({ rest: fromByteString(bytes.slice(pos)), flags: words });
  for (let pos = 0; pos <= bytes.length; pos++) {
    let ch = pos < bytes.length ? bytes[pos]! : '';
    if (phase === 'spaces') {
      if (pos === bytes.length) break;
      if (isSpace(ch)) continue;
      // Only words that start with -- are flags.
      if (ch !== '-' || pos + 1 === bytes.length || bytes[pos + 1] !== '-') return rest(pos);
      phase = 'word';
    }
    if (pos === bytes.length) {
      if (word !== '--' && (blankOK || word.length > 0)) words.push(word);
      break;
    }
    if (phase === 'word') {
      if (isSpace(ch)) {
        phase = 'spaces';
        if (word === '--') return rest(pos);
        if (blankOK || word.length > 0) words.push(word);
        word = '';
        blankOK = false;
        continue;
      }
      if (ch === "'" || ch === '"') {
        quote = ch;
        blankOK = true;
        phase = 'quote';
        continue;
      }
      if (ch === escapeToken) {
        if (pos + 1 === bytes.length) continue;
        pos++;
        ch = bytes[pos]!;
      }
      word += ch;
      continue;
    }
    // In quotes.
    if (ch === quote) {
      phase = 'word';
      continue;
    }
    if (ch === escapeToken) {
      if (pos + 1 === bytes.length) {
        phase = 'word';
        continue;
      }
      pos++;
      ch = bytes[pos]!;
    }
    word += ch;
  }
  return { rest: '', flags: words };
}
