/**
 * @module
 * Shell arithmetic (`$((…))`, `((…))`, `let`): C's integer operators on 64-bit signed integers,
 * variables read as (recursively evaluated) expressions and assigned with `=`, `+=`, `++`…, and
 * `&&`, `||`, `?:` that do not evaluate the side they skip.
 */

/** Variables as arithmetic sees them. */
export interface ArithVars {
  get(name: string): string | undefined;
  set(name: string, value: string): void;
}

/** Why an expression failed: `kind` picks each shell's wording; `token` is bash's "error token". */
export class ArithError extends Error {
  readonly kind: 'syntax' | 'operand' | 'divide' | 'exponent' | 'recursion' | 'lvalue' | 'base';
  readonly token: string;
  constructor(kind: ArithError['kind'], token: string) {
    super(kind);
    this.name = 'ArithError';
    this.kind = kind;
    this.token = token;
  }

  /** busybox ash's / dash's message. */
  get ashMessage(): string {
    return this.kind === 'divide' ? 'divide by zero' : this.kind === 'exponent' ? 'exponent less than 0' : this.kind === 'recursion' ? 'expression recursion loop detected' : 'arithmetic syntax error';
  }

  /** bash's message (before ` (error token is "…")`). */
  get bashMessage(): string {
    switch (this.kind) {
      case 'divide':
        return 'division by 0';
      case 'exponent':
        return 'exponent less than 0';
      case 'operand':
        return 'arithmetic syntax error: operand expected';
      case 'lvalue':
        return 'attempted assignment to non-variable';
      case 'recursion':
        return 'expression recursion level exceeded';
      case 'base':
        return 'value too great for base';
      default:
        return 'arithmetic syntax error: invalid arithmetic operator';
    }
  }
}

const wrap = (n: bigint): bigint => BigInt.asIntN(64, n);
const truth = (b: boolean): bigint => (b ? 1n : 0n);

type Tok = { readonly t: 'num'; readonly v: bigint; readonly at: number } | { readonly t: 'id'; readonly v: string; readonly at: number } | { readonly t: 'op'; readonly v: string; readonly at: number } | { readonly t: 'end'; readonly at: number };

const OPERATORS = ['<<=', '>>=', '**', '++', '--', '<<', '>>', '<=', '>=', '==', '!=', '&&', '||', '*=', '/=', '%=', '+=', '-=', '&=', '^=', '|=', '+', '-', '*', '/', '%', '<', '>', '&', '^', '|', '!', '~', '?', ':', '=', '(', ')', ','];

function tokenize(expr: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < expr.length) {
    const c = expr[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const at = i;
    if (/[0-9]/.test(c)) {
      let j = i;
      while (j < expr.length && /[0-9A-Za-z_#@]/.test(expr[j]!)) j++;
      out.push({ t: 'num', v: parseNumber(expr.slice(i, j)), at });
      i = j;
      continue;
    }
    if (/[A-Za-z_]/.test(c)) {
      let j = i;
      while (j < expr.length && /[A-Za-z0-9_]/.test(expr[j]!)) j++;
      out.push({ t: 'id', v: expr.slice(i, j), at });
      i = j;
      continue;
    }
    const op = OPERATORS.find((o) => expr.startsWith(o, i));
    if (!op) throw new ArithError('syntax', expr.slice(i));
    out.push({ t: 'op', v: op, at });
    i += op.length;
  }
  out.push({ t: 'end', at: expr.length });
  return out;
}

/** A number literal: decimal, `0x…`, octal `0…`, or `base#digits`. */
export function parseNumber(text: string): bigint {
  const digits = (s: string, base: number): bigint => {
    if (s === '') throw new ArithError('syntax', text);
    let n = 0n;
    for (const ch of s) {
      const d = digitValue(ch, base);
      if (d < 0 || d >= base) throw new ArithError('base', text);
      n = n * BigInt(base) + BigInt(d);
    }
    return wrap(n);
  };
  const hash = text.indexOf('#');
  if (hash > 0) {
    const base = Number(text.slice(0, hash));
    if (!(base >= 2 && base <= 64)) throw new ArithError('base', text);
    return digits(text.slice(hash + 1), base);
  }
  if (/^0[xX]/.test(text)) return digits(text.slice(2), 16);
  if (text.length > 1 && text.startsWith('0')) return digits(text.slice(1), 8);
  return digits(text, 10);
}

function digitValue(ch: string, base: number): number {
  if (/[0-9]/.test(ch)) return Number(ch);
  if (/[a-z]/.test(ch)) return ch.charCodeAt(0) - 87;
  if (/[A-Z]/.test(ch)) return base <= 36 ? ch.charCodeAt(0) - 55 : ch.charCodeAt(0) - 29;
  if (ch === '@') return 62;
  if (ch === '_') return 63;
  return -1;
}

const BINARY: { readonly [op: string]: number } = { ',': 1, '||': 4, '&&': 5, '|': 6, '^': 7, '&': 8, '==': 9, '!=': 9, '<': 10, '>': 10, '<=': 10, '>=': 10, '<<': 11, '>>': 11, '+': 12, '-': 12, '*': 13, '/': 13, '%': 13, '**': 15 };
const ASSIGN = new Set(['=', '*=', '/=', '%=', '+=', '-=', '<<=', '>>=', '&=', '^=', '|=']);

/** Evaluates `expr`; throws {@link ArithError}. An empty expression is 0. */
export function evaluate(expr: string, vars: ArithVars, depth = 0): bigint {
  if (depth > 64) throw new ArithError('recursion', expr);
  const toks = tokenize(expr);
  let p = 0;
  const peek = (): Tok => toks[p]!;
  const rest = (): string => expr.slice(peek().at);
  const isOp = (v: string): boolean => peek().t === 'op' && (peek() as { v: string }).v === v;

  const read = (name: string, live: boolean): bigint => {
    if (!live) return 0n;
    const value = vars.get(name);
    if (value === undefined || value.trim() === '') return 0n;
    return evaluate(value, vars, depth + 1);
  };
  const apply = (op: string, a: bigint, b: bigint): bigint => {
    switch (op) {
      case '+':
        return wrap(a + b);
      case '-':
        return wrap(a - b);
      case '*':
        return wrap(a * b);
      case '/':
      case '%':
        if (b === 0n) throw new ArithError('divide', rest() || String(b));
        return wrap(op === '/' ? a / b : a % b);
      case '**':
        if (b < 0n) throw new ArithError('exponent', rest());
        return wrap(a ** b);
      case '<<':
        return wrap(a << (b & 63n));
      case '>>':
        return wrap(a >> (b & 63n));
      case '&':
        return a & b;
      case '|':
        return a | b;
      case '^':
        return a ^ b;
      case '<':
        return truth(a < b);
      case '>':
        return truth(a > b);
      case '<=':
        return truth(a <= b);
      case '>=':
        return truth(a >= b);
      case '==':
        return truth(a === b);
      case '!=':
        return truth(a !== b);
      default:
        throw new ArithError('syntax', op);
    }
  };

  // Each parse function evaluates as it parses; `live` false skips side effects.
  const assignment = (live: boolean): bigint => {
    const t = peek();
    const next = toks[p + 1];
    if (t.t === 'id' && next?.t === 'op' && ASSIGN.has(next.v)) {
      p += 2;
      const value = assignment(live);
      if (!live) return 0n;
      const result = next.v === '=' ? value : apply(next.v.slice(0, -1), read(t.v, true), value);
      vars.set(t.v, String(result));
      return result;
    }
    return ternary(live);
  };
  const ternary = (live: boolean): bigint => {
    const cond = binary(2, live);
    if (!isOp('?')) return cond;
    p++;
    // Between ? and :, commas and assignments bind tighter (bash and ash agree).
    const a = comma(live && cond !== 0n);
    if (!isOp(':')) throw new ArithError('syntax', rest());
    p++;
    const b = ternary(live && cond === 0n);
    return cond !== 0n ? a : b;
  };
  const binary = (min: number, live: boolean): bigint => {
    let left = unary(live);
    for (;;) {
      const t = peek();
      if (t.t !== 'op') break;
      if (t.v === '++' || t.v === '--') {
        // Infix `0++1` is `0 + +1`.
        const sign = t.v[0]!;
        toks.splice(p, 1, { t: 'op', v: sign, at: t.at }, { t: 'op', v: sign, at: t.at + 1 });
        continue;
      }
      const prec = BINARY[t.v];
      if (prec === undefined || prec < min || t.v === ',') break;
      p++;
      if (t.v === '&&' || t.v === '||') {
        const short = t.v === '&&' ? left === 0n : left !== 0n;
        const right = binary(prec + 1, live && !short);
        left = truth(t.v === '&&' ? left !== 0n && right !== 0n : left !== 0n || right !== 0n);
        continue;
      }
      const right = t.v === '**' ? binary(prec, live) : binary(prec + 1, live);
      left = live ? apply(t.v, left, right) : 0n;
    }
    return left;
  };
  const unary = (live: boolean): bigint => {
    const t = peek();
    if (t.t === 'op') {
      if (t.v === '++' || t.v === '--') {
        p++;
        const id = peek();
        if (id.t !== 'id') throw new ArithError('lvalue', rest());
        p++;
        const value = wrap(read(id.v, live) + (t.v === '++' ? 1n : -1n));
        if (live) vars.set(id.v, String(value));
        return value;
      }
      if (t.v === '-' || t.v === '+' || t.v === '!' || t.v === '~') {
        p++;
        const v = unary(live);
        return t.v === '-' ? wrap(-v) : t.v === '+' ? v : t.v === '!' ? truth(v === 0n) : ~v;
      }
    }
    return postfix(live);
  };
  const postfix = (live: boolean): bigint => {
    const t = peek();
    if (t.t === 'num') {
      p++;
      return t.v;
    }
    if (t.t === 'id') {
      p++;
      if (isOp('++') || isOp('--')) {
        const op = (peek() as { v: string }).v;
        p++;
        const old = read(t.v, live);
        if (live) vars.set(t.v, String(wrap(old + (op === '++' ? 1n : -1n))));
        return old;
      }
      return read(t.v, live);
    }
    if (isOp('(')) {
      p++;
      const v = comma(live);
      if (!isOp(')')) throw new ArithError('syntax', rest());
      p++;
      return v;
    }
    throw new ArithError(t.t === 'end' ? 'operand' : 'syntax', rest());
  };
  const comma = (live: boolean): bigint => {
    let v = assignment(live);
    while (isOp(',')) {
      p++;
      v = assignment(live);
    }
    return v;
  };

  if (peek().t === 'end') return 0n;
  const value = comma(true);
  if (peek().t !== 'end') throw new ArithError('syntax', rest());
  return value;
}
