/**
 * @module
 * Go's `strconv.Quote` and the `fmt` verbs Docker uses to print strings and string slices
 * (`%q`, `%v`). Docker's parse dumps (`(run "echo hi")`), its image history texts
 * (`CMD ["node" "src/index.js"]`) and several error messages are produced with these verbs, so
 * printing them byte for byte needs Go's escaping rules, not JSON's.
 */
import { isPrint } from './unicode.js';

const hex = (n: number, width: number): string => n.toString(16).padStart(width, '0');

/** Go `strconv.Quote`: a double-quoted Go string literal with Go's escapes. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    switch (ch) {
      case '"':
        out += '\\"';
        continue;
      case '\\':
        out += '\\\\';
        continue;
      case '\x07':
        out += '\\a';
        continue;
      case '\b':
        out += '\\b';
        continue;
      case '\f':
        out += '\\f';
        continue;
      case '\n':
        out += '\\n';
        continue;
      case '\r':
        out += '\\r';
        continue;
      case '\t':
        out += '\\t';
        continue;
      case '\v':
        out += '\\v';
        continue;
    }
    if (isPrint(ch)) out += ch;
    else if (cp < 0x20 || cp === 0x7f) out += `\\x${hex(cp, 2)}`;
    // A lone surrogate cannot be valid UTF-8; Go would have decoded it as U+FFFD.
    else if (cp >= 0xd800 && cp <= 0xdfff) out += '\\ufffd';
    else if (cp < 0x10000) out += `\\u${hex(cp, 4)}`;
    else out += `\\U${hex(cp, 8)}`;
  }
  return out + '"';
}

/** Go `fmt.Sprintf("%q", []string{…})`: `["a" "b"]`. */
export function goQuoteList(list: readonly string[]): string {
  return `[${list.map(goQuote).join(' ')}]`;
}

/** Go `fmt.Sprintf("%v", []string{…})`: `[a b]`. */
export function goList(list: readonly string[]): string {
  return `[${list.join(' ')}]`;
}
