/**
 * @module
 * `printf FORMAT [ARG]...` (POSIX, with the bash/coreutils extensions common to all three):
 * conversions `%s %b %c %d %i %u %o %x %X %e %E %f %F %g %G %%` with flags, width and precision
 * (also `*`), escapes in the format, `'c` giving a character's code, and the format reused until
 * the arguments are used up. A bad number prints a warning and counts as 0 (exit status 1).
 */
import { unescape } from './escapes.js';

/** Which printf's warning wording. */
export type PrintfDialect = 'busybox' | 'bash' | 'gnu' | 'dash';

/** What printf printed, its warnings (without prefix) and whether it must exit 1. */
export interface PrintfResult {
  readonly text: string;
  readonly errors: readonly string[];
}

function invalid(dialect: PrintfDialect, arg: string, partial: boolean): string {
  if (dialect === 'bash') return `${arg}: invalid number`;
  if (dialect === 'gnu') return partial ? `'${arg}': value not completely converted` : `'${arg}': expected a numeric value`;
  if (dialect === 'dash') return `${arg}: expected numeric value`;
  return `invalid number '${arg}'`;
}

/** Formats like printf(1). */
export function printf(format: string, args: readonly string[], dialect: PrintfDialect = 'busybox'): PrintfResult {
  const errors: string[] = [];
  let out = '';
  let argi = 0;
  const next = (): string | undefined => args[argi++];
  const number = (arg: string | undefined): number => {
    if (arg === undefined || arg === '') return 0;
    if (/^['"]/.test(arg)) return arg.length > 1 ? arg.codePointAt(1)! : 0;
    const t = arg.trim();
    if (/^[+-]?(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/.test(t)) return parseIntLike(t);
    if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return Number(t);
    const lead = /^[+-]?\d+/.exec(t);
    errors.push(invalid(dialect, arg, lead !== null));
    return lead ? Number(lead[0]) : 0;
  };
  for (;;) {
    const start = argi;
    let stopped = false;
    for (let i = 0; i < format.length && !stopped; i++) {
      const c = format[i]!;
      if (c === '\\') {
        let j = i + 1;
        if (/[0-7]/.test(format[j] ?? '')) while (j < format.length && j < i + 4 && /[0-7]/.test(format[j]!)) j++;
        else if (format[j] === 'x') {
          j++;
          while (j < format.length && j < i + 4 && /[0-9a-fA-F]/.test(format[j]!)) j++;
        } else j++;
        const r = unescape(format.slice(i, j), 'plain');
        out += r.text;
        if (r.stop) return { text: out, errors };
        i = j - 1;
        continue;
      }
      if (c !== '%') {
        out += c;
        continue;
      }
      const m = /^%([-+ #0]*)(\*|\d+)?(?:\.(\*|\d*))?([hlLqjzt]*)([a-zA-Z%])?/.exec(format.slice(i));
      if (!m || !m[5]) {
        out += c;
        continue;
      }
      i += m[0].length - 1;
      const conv = m[5];
      if (conv === '%') {
        out += '%';
        continue;
      }
      const flags = m[1] ?? '';
      const width = m[2] === '*' ? number(next()) : m[2] ? Number(m[2]) : undefined;
      const precision = m[3] === undefined ? undefined : m[3] === '*' ? number(next()) : Number(m[3] || 0);
      let body: string;
      switch (conv) {
        case 's':
          body = next() ?? '';
          if (precision !== undefined) body = body.slice(0, precision);
          break;
        case 'b': {
          const r = unescape(next() ?? '', 'zero');
          body = r.text;
          if (r.stop) stopped = true;
          break;
        }
        case 'c':
          body = (next() ?? '').slice(0, 1);
          break;
        case 'd':
        case 'i':
        case 'u':
        case 'o':
        case 'x':
        case 'X':
          body = integer(Math.trunc(number(next())), conv, flags, precision);
          break;
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G':
          body = float(number(next()), conv, flags, precision);
          break;
        default:
          body = m[0];
      }
      out += pad(body, width, flags, 'dioxXuefgEFG'.includes(conv));
    }
    if (stopped || argi >= args.length || argi === start) break;
  }
  return { text: out, errors };
}

function parseIntLike(t: string): number {
  const neg = t.startsWith('-');
  const u = t.replace(/^[+-]/, '');
  const v = /^0[xX]/.test(u) ? parseInt(u.slice(2), 16) : u.length > 1 && u.startsWith('0') ? parseInt(u, 8) : parseInt(u, 10);
  return neg ? -v : v;
}

function integer(n: number, conv: string, flags: string, precision: number | undefined): string {
  let digits: string;
  const abs = Math.abs(n);
  if (conv === 'o') digits = (n < 0 ? BigInt.asUintN(64, BigInt(n)) : BigInt(n)).toString(8);
  else if (conv === 'x' || conv === 'X') digits = (n < 0 ? BigInt.asUintN(64, BigInt(n)) : BigInt(n)).toString(16);
  else if (conv === 'u' && n < 0) digits = BigInt.asUintN(64, BigInt(n)).toString();
  else digits = String(abs);
  if (conv === 'X') digits = digits.toUpperCase();
  if (precision !== undefined) digits = digits.padStart(precision, '0');
  if (flags.includes('#') && n !== 0) digits = conv === 'o' ? `0${digits}` : conv === 'x' ? `0x${digits}` : conv === 'X' ? `0X${digits}` : digits;
  const sign = (conv === 'd' || conv === 'i') && n < 0 ? '-' : (conv === 'd' || conv === 'i') && flags.includes('+') ? '+' : (conv === 'd' || conv === 'i') && flags.includes(' ') ? ' ' : '';
  return sign + digits;
}

function float(n: number, conv: string, flags: string, precision: number | undefined): string {
  const p = precision ?? 6;
  let s: string;
  if (conv === 'f' || conv === 'F') s = Math.abs(n).toFixed(p);
  else if (conv === 'e' || conv === 'E') s = Math.abs(n).toExponential(p).replace(/e([+-])(\d)$/, 'e$10$2');
  else {
    const exp = n === 0 ? 0 : Math.floor(Math.log10(Math.abs(n)));
    const sig = p === 0 ? 1 : p;
    s = exp < -4 || exp >= sig ? Math.abs(n).toExponential(sig - 1).replace(/e([+-])(\d)$/, 'e$10$2') : Math.abs(n).toFixed(Math.max(0, sig - 1 - exp));
    if (!flags.includes('#')) s = s.replace(/\.?0+(e|$)/, '$1');
  }
  if (conv === 'E' || conv === 'G') s = s.toUpperCase();
  const sign = n < 0 || Object.is(n, -0) ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
  return sign + s;
}

function pad(body: string, width: number | undefined, flags: string, numeric: boolean): string {
  if (width === undefined || body.length >= Math.abs(width)) return body;
  if (flags.includes('-') || width < 0) return body.padEnd(Math.abs(width));
  if (numeric && flags.includes('0')) {
    const sign = /^[+\- ]/.test(body) ? body[0]! : '';
    const prefix = /^[+\- ]?0[xX]/.test(body) ? body.slice(sign.length, sign.length + 2) : '';
    const rest = body.slice(sign.length + prefix.length);
    return sign + prefix + rest.padStart(width - sign.length - prefix.length, '0');
  }
  return body.padStart(width);
}
