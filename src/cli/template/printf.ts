/**
 * @module
 * Go's `fmt.Sprintf` for the `printf` template function: verbs `%v %s %q %d %x %X %o %b %c %t
 * %f %e %g %%` with flags (`-`, `+`, `0`, space, `#`), width and precision, and Go's inline errors
 * (`%!d(string=x)`, `%!s(MISSING)`, `%!(EXTRA int=1)`, `%!(NOVERB)`).
 */
import { formatFloatF, formatFloatG } from '../../core/go-float.js';
import { goQuote } from '../grammar/go-strconv.js';
import { goTypeName, NO_VALUE, printValue } from './values.js';

interface Spec {
  minus: boolean;
  plus: boolean;
  zero: boolean;
  space: boolean;
  sharp: boolean;
  width?: number;
  precision?: number;
}

function pad(s: string, spec: Spec, numeric = false): string {
  const width = spec.width ?? 0;
  const len = [...s].length;
  if (len >= width) return s;
  if (spec.minus) return s + ' '.repeat(width - len);
  if (spec.zero && numeric) {
    const sign = /^[+\- ]/.test(s) ? s[0]! : '';
    return sign + '0'.repeat(width - len) + s.slice(sign.length);
  }
  return ' '.repeat(width - len) + s;
}

function badVerb(verb: string, arg: unknown): string {
  if (arg === null || arg === undefined) return `%!${verb}(<nil>)`;
  return `%!${verb}(${goTypeName(arg)}=${printValue(arg)})`;
}

function signed(n: string, negative: boolean, spec: Spec): string {
  return (negative ? '-' : spec.plus ? '+' : spec.space ? ' ' : '') + n;
}

function formatInteger(n: number, verb: string, spec: Spec): string {
  const abs = Math.abs(n);
  let digits: string;
  switch (verb) {
    case 'x':
      digits = (spec.sharp ? '0x' : '') + abs.toString(16);
      break;
    case 'X':
      digits = (spec.sharp ? '0X' : '') + abs.toString(16).toUpperCase();
      break;
    case 'o':
      digits = (spec.sharp ? '0' : '') + abs.toString(8);
      break;
    case 'b':
      digits = abs.toString(2);
      break;
    default:
      digits = String(abs);
  }
  if (spec.precision !== undefined) digits = digits.padStart(spec.precision, '0');
  return pad(signed(digits, n < 0, spec), spec, spec.precision === undefined);
}

function formatOne(verb: string, arg: unknown, spec: Spec): string {
  if (verb === 'v') return pad(printValue(arg), spec);
  if (arg === NO_VALUE) return `%!${verb}(<invalid reflect.Value>)`;
  if (Array.isArray(arg) && verb !== 'q' && verb !== 's' && verb !== 'x' && verb !== 'X') {
    return `[${arg.map((a) => formatOne(verb, a, { ...spec, width: undefined })).join(' ')}]`;
  }
  switch (verb) {
    case 's':
      if (typeof arg === 'string') return pad(spec.precision !== undefined ? [...arg].slice(0, spec.precision).join('') : arg, spec);
      if (Array.isArray(arg)) return pad(`[${arg.map((a) => formatOne('s', a, {} as Spec)).join(' ')}]`, spec);
      if (typeof arg === 'object' && arg !== null) return pad(printValue(arg), spec);
      return badVerb(verb, arg);
    case 'q':
      if (typeof arg === 'string') return pad(goQuote(arg), spec);
      if (typeof arg === 'number' && Number.isInteger(arg)) return pad(`'${String.fromCodePoint(arg)}'`, spec);
      if (Array.isArray(arg)) return pad(`[${arg.map((a) => formatOne('q', a, {} as Spec)).join(' ')}]`, spec);
      return badVerb(verb, arg);
    case 'd':
    case 'o':
    case 'b':
      return typeof arg === 'number' && Number.isInteger(arg) ? formatInteger(arg, verb, spec) : badVerb(verb, arg);
    case 'x':
    case 'X':
      if (typeof arg === 'number' && Number.isInteger(arg)) return formatInteger(arg, verb, spec);
      if (typeof arg === 'string') {
        const hex = [...new TextEncoder().encode(arg)].map((b) => b.toString(16).padStart(2, '0')).join('');
        return pad(verb === 'X' ? hex.toUpperCase() : hex, spec);
      }
      return badVerb(verb, arg);
    case 'c':
      return typeof arg === 'number' && Number.isInteger(arg) ? pad(String.fromCodePoint(arg), spec) : badVerb(verb, arg);
    case 't':
      return typeof arg === 'boolean' ? pad(String(arg), spec) : badVerb(verb, arg);
    case 'f':
    case 'F':
    case 'e':
    case 'E':
    case 'g':
    case 'G': {
      if (typeof arg !== 'number' || Number.isInteger(arg)) return badVerb(verb, arg);
      const lower = verb.toLowerCase();
      let s: string;
      if (lower === 'f') s = formatFloatF(Math.abs(arg), spec.precision ?? 6);
      else if (lower === 'e') s = Math.abs(arg).toExponential(spec.precision ?? 6).replace(/e([+-])(\d)$/, 'e$10$2');
      else s = spec.precision === undefined ? printValue(Math.abs(arg)) : formatFloatG(Math.abs(arg), spec.precision);
      if (verb === 'E' || verb === 'G') s = s.toUpperCase();
      return pad(signed(s, arg < 0, spec), spec, true);
    }
    default:
      return badVerb(verb, arg);
  }
}

/** Go's `fmt.Sprintf(format, args...)`. */
export function sprintf(format: string, args: readonly unknown[]): string {
  let out = '';
  let argi = 0;
  let i = 0;
  while (i < format.length) {
    const c = format[i]!;
    if (c !== '%') {
      out += c;
      i++;
      continue;
    }
    i++;
    if (i >= format.length) {
      out += '%!(NOVERB)';
      break;
    }
    const spec: Spec = { minus: false, plus: false, zero: false, space: false, sharp: false };
    for (; i < format.length && '-+0 #'.includes(format[i]!); i++) {
      const f = format[i]!;
      if (f === '-') spec.minus = true;
      else if (f === '+') spec.plus = true;
      else if (f === '0') spec.zero = true;
      else if (f === ' ') spec.space = true;
      else spec.sharp = true;
    }
    const width = /^\d+/.exec(format.slice(i));
    if (width) {
      spec.width = Number(width[0]);
      i += width[0].length;
    }
    if (format[i] === '.') {
      i++;
      const prec = /^\d*/.exec(format.slice(i))![0];
      spec.precision = prec === '' ? 0 : Number(prec);
      i += prec.length;
    }
    const verb = format[i];
    if (verb === undefined) {
      out += '%!(NOVERB)';
      break;
    }
    i++;
    if (verb === '%') {
      out += '%';
      continue;
    }
    if (argi >= args.length) {
      out += `%!${verb}(MISSING)`;
      continue;
    }
    out += formatOne(verb, args[argi++], spec);
  }
  if (argi < args.length) {
    out += `%!(EXTRA ${args
      .slice(argi)
      .map((a) => (a === null || a === undefined ? '<nil>' : `${goTypeName(a)}=${printValue(a)}`))
      .join(', ')})`;
  }
  return out;
}

/** Go's `fmt.Sprint`: operands joined, with a space between two operands when neither is a string. */
export function sprint(args: readonly unknown[]): string {
  let out = '';
  args.forEach((a, i) => {
    if (i > 0 && typeof a !== 'string' && typeof args[i - 1] !== 'string') out += ' ';
    out += printValue(a);
  });
  return out;
}

/** Go's `fmt.Sprintln`: operands joined by spaces, then a newline. */
export function sprintln(args: readonly unknown[]): string {
  return `${args.map(printValue).join(' ')}\n`;
}
