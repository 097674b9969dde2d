/**
 * @module
 * Backslash escapes as `echo -e`, `printf`'s format and `%b` interpret them: `\n`, `\t`, `\\`,
 * `\a \b \e \f \r \v`, octal `\0nnn` (echo, `%b`) or `\nnn` (printf formats), hex `\xHH`, and
 * `\c`, which ends all output.
 */

/** The text with escapes replaced, and whether `\c` stopped it. */
export interface Unescaped {
  readonly text: string;
  readonly stop: boolean;
}

const SIMPLE: { readonly [c: string]: string } = { '\\': '\\', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };

/**
 * Interprets escapes in `s`. `octal`: `zero` for `\0nnn` (echo, `%b`), `plain` for `\nnn`
 * (printf formats). `hex` enables `\xHH`.
 */
export function unescape(s: string, octal: 'zero' | 'plain', hex = true): Unescaped {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c !== '\\' || i + 1 >= s.length) {
      out += c;
      continue;
    }
    const e = s[++i]!;
    if (e in SIMPLE) out += SIMPLE[e];
    else if (e === 'c') return { text: out, stop: true };
    else if (e === 'x' && hex && /[0-9a-fA-F]/.test(s[i + 1] ?? '')) {
      let digits = '';
      while (digits.length < 2 && /[0-9a-fA-F]/.test(s[i + 1] ?? '')) digits += s[++i];
      out += String.fromCharCode(parseInt(digits, 16));
    } else if (octal === 'zero' && e === '0') {
      let digits = '';
      while (digits.length < 3 && /[0-7]/.test(s[i + 1] ?? '')) digits += s[++i];
      out += String.fromCharCode(parseInt(digits || '0', 8) & 0xff);
    } else if (octal === 'plain' && /[0-7]/.test(e)) {
      let digits = e;
      while (digits.length < 3 && /[0-7]/.test(s[i + 1] ?? '')) digits += s[++i];
      out += String.fromCharCode(parseInt(digits, 8) & 0xff);
    } else out += `\\${e}`;
  }
  return { text: out, stop: false };
}
