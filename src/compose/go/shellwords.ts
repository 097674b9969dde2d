/**
 * @module
 * mattn/go-shellwords v1.0.12 `Parse`, which compose-go uses to split a string `command:` or
 * `entrypoint:` into argv. Like the original it honours quotes and backslashes, and stops at an
 * unquoted `;`, `&`, `|`, `<` or `>` — so `command: a && b` runs `a` alone, as in Compose.
 */

const INVALID = 'invalid command line string';
const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\r' || c === '\n';

/** Splits a command line into words; throws `invalid command line string` on unbalanced quotes. */
export function shellwords(line: string): string[] {
  const args: string[] = [];
  let buf = '';
  let escaped = false;
  let doubleQuoted = false;
  let singleQuoted = false;
  let backQuote = false;
  let dollarQuote = false;
  // 0: no word yet, 1: plain word, 2: quoted word (kept even when empty)
  let got = 0;
  loop: for (let c of line) {
    if (escaped) {
      if (c === 't') c = '\t';
      if (c === 'n') c = '\n';
      buf += c;
      escaped = false;
      got = 1;
      continue;
    }
    if (c === '\\') {
      if (singleQuoted) buf += c;
      else escaped = true;
      continue;
    }
    if (isSpace(c)) {
      if (singleQuoted || doubleQuoted || backQuote || dollarQuote) buf += c;
      else if (got !== 0) {
        args.push(buf);
        buf = '';
        got = 0;
      }
      continue;
    }
    switch (c) {
      case '`':
        if (!singleQuoted && !doubleQuoted && !dollarQuote) backQuote = !backQuote;
        break;
      case ')':
        if (!singleQuoted && !doubleQuoted && !backQuote) dollarQuote = !dollarQuote;
        break;
      case '(':
        if (!singleQuoted && !doubleQuoted && !backQuote) {
          if (!dollarQuote && buf.endsWith('$')) {
            dollarQuote = true;
            buf += '(';
            continue;
          }
          throw new Error(INVALID);
        }
        break;
      case '"':
        if (!singleQuoted && !dollarQuote) {
          if (doubleQuoted) got = 2;
          doubleQuoted = !doubleQuoted;
          continue;
        }
        break;
      case "'":
        if (!doubleQuoted && !dollarQuote) {
          if (singleQuoted) got = 2;
          singleQuoted = !singleQuoted;
          continue;
        }
        break;
      case ';':
      case '&':
      case '|':
      case '<':
      case '>':
        if (!(singleQuoted || doubleQuoted || backQuote || dollarQuote)) {
          // `2>file`: the digits were a redirection, not a word
          if (c === '>' && buf.length > 0 && buf[0]! >= '0' && buf[0]! <= '9') got = 0;
          break loop;
        }
        break;
    }
    got = 1;
    buf += c;
  }
  if (got !== 0) args.push(buf);
  if (escaped || singleQuoted || doubleQuoted || backQuote || dollarQuote) throw new Error(INVALID);
  return args;
}
