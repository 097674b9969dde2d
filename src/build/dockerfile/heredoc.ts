/**
 * @module
 * Here-documents in RUN, COPY and ADD (BuildKit `parser.go` heredoc helpers): `<<EOF`, `<<-EOF`
 * (strip leading tabs), quoted names (`<<'EOF'`, `<<"EOF"`, `<<E"O"F`: content not expanded),
 * a file descriptor (`3<<EOF`) and several per line. See
 * https://docs.docker.com/reference/dockerfile/#here-documents.
 */
import { EMPTY_ENV } from '../shell/env.js';
import { ShellLex } from '../shell/lex.js';
import type { Heredoc } from './node.js';

const HEREDOC = /^(\d*)<<(-?)[\t\n\f\r ]*([^<]*)$/;
const LEADING_TABS = /^\t+/gm;

const unquoted = new ShellLex('\\', { skipUnsetEnv: true });
const raw = new ShellLex('\\', { skipUnsetEnv: true, rawQuotes: true });
const rawLine = new ShellLex('\\', { skipUnsetEnv: true, rawQuotes: true, rawEscapes: true });

const quoteCount = (s: string): number => s.split("'").length - 1 + (s.split('"').length - 1);

/**
 * The heredoc a word opens (`<<EOF`), without content; undefined when the word is not a heredoc.
 * Throws when its name is badly quoted (`<<'EOF`).
 */
export function parseHeredoc(word: string): Omit<Heredoc, 'content'> | undefined {
  const m = HEREDOC.exec(word);
  if (m === null) return undefined;
  const rest = m[3]!;
  if (rest === '') return undefined;
  const words = unquoted.processWords(rest, EMPTY_ENV);
  if (words.length !== 1) return undefined;
  const rawWords = raw.processWords(rest, EMPTY_ENV);
  if (rawWords.length !== words.length) {
    throw new Error(`internal lexing of heredoc produced inconsistent results: ${rest}`);
  }
  const name = words[0]!;
  return {
    name,
    fileDescriptor: m[1] === '' ? 0 : Number.parseInt(m[1]!, 10),
    // A quoted part disappears in one lexing and not in the other: then nothing is expanded.
    expand: quoteCount(name) === quoteCount(rawWords[0]!),
    chomp: m[2] === '-',
  };
}

/** The heredocs opened on an instruction line, in order. */
export function heredocsFromLine(line: string): Omit<Heredoc, 'content'>[] {
  let words: readonly string[];
  try {
    words = rawLine.processWords(line, EMPTY_ENV);
  } catch {
    words = [];
  }
  const docs: Omit<Heredoc, 'content'>[] = [];
  for (const word of words) {
    const doc = parseHeredoc(word);
    if (doc) docs.push(doc);
  }
  return docs;
}

/** `<<-` content: leading tabs removed from every line. */
export function chompHeredocContent(content: string): string {
  return content.replace(LEADING_TABS, '');
}
