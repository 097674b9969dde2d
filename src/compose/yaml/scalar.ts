/**
 * @module
 * How go-yaml v4 (the encoder `docker compose config` uses) writes a string: plain when it reads
 * back as the same string and holds no YAML indicator, single-quoted when only the indicators
 * are in the way, double-quoted with escapes when it would read as another type (`"3000"`,
 * `"true"`, `""`) or holds special characters, and as a `|-` literal block when multi-line.
 */
import { canStayPlain } from './resolve.js';
import { analyze, isBreak, isPrintable } from './scalar-analysis.js';

/** A formatted scalar: on the same line, or a literal block (header, then its lines). */
export type FormattedScalar = { readonly inline: string } | { readonly header: string; readonly lines: readonly string[] };

const ESCAPES: Readonly<Record<number, string>> = {
  0x00: '0', 0x07: 'a', 0x08: 'b', 0x09: 't', 0x0a: 'n', 0x0b: 'v', 0x0c: 'f', 0x0d: 'r', 0x1b: 'e',
  0x22: '"', 0x5c: '\\', 0x85: 'N', 0xa0: '_', 0x2028: 'L', 0x2029: 'P',
};

function doubleQuoted(text: string): string {
  let out = '"';
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (!isPrintable(c) || c === 0xfeff || isBreak(c) || c === 0x22 || c === 0x5c) {
      const named = ESCAPES[c];
      if (named !== undefined) out += `\\${named}`;
      else if (c <= 0xff) out += `\\x${c.toString(16).toUpperCase().padStart(2, '0')}`;
      else if (c <= 0xffff) out += `\\u${c.toString(16).toUpperCase().padStart(4, '0')}`;
      else out += `\\U${c.toString(16).toUpperCase().padStart(8, '0')}`;
    } else out += ch;
  }
  return `${out}"`;
}

const singleQuoted = (text: string): string => `'${text.replaceAll("'", "''")}'`;

function literal(text: string): FormattedScalar {
  const chars = [...text];
  let chomp = '';
  if (!isBreak(chars[chars.length - 1]!.codePointAt(0)!)) chomp = '-';
  else if (chars.length === 1 || isBreak(chars[chars.length - 2]!.codePointAt(0)!)) chomp = '+';
  const indent = text.startsWith(' ') ? '2' : '';
  const body = chomp === '' || chomp === '+' ? text.slice(0, -1) : text;
  return { header: `|${indent}${chomp}`, lines: body.split(/\r\n|[\n\r\u0085\u2028\u2029]/) };
}

/** go-yaml's rendering of a string as a mapping key (`key`) or a value. */
export function formatString(text: string, key = false): FormattedScalar {
  const a = analyze(text);
  const hasNewline = text.includes('\n');
  const literalWanted = hasNewline && text.length >= 2 && /\S/u.test(text);
  let style: 'plain' | 'single' | 'double' | 'literal' = hasNewline ? (literalWanted ? 'literal' : 'double') : canStayPlain(text) ? 'plain' : 'double';
  if (key && a.multiline) style = 'double';
  if (style === 'plain' && (!a.plainAllowed || (text === '' && key))) style = 'single';
  if (style === 'single' && !a.singleAllowed) style = 'double';
  if (style === 'literal' && (!a.blockAllowed || key)) style = 'double';
  switch (style) {
    case 'plain':
      return { inline: text };
    case 'single':
      return { inline: singleQuoted(text) };
    case 'literal':
      return literal(text);
    default:
      return { inline: doubleQuoted(text) };
  }
}
