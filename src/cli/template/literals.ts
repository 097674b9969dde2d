/**
 * @module
 * Literal operands of Go templates: string tokens as `strconv.Unquote` reads them, and number
 * and character constants (`0x10`, `1e3`, `'a'`) as the parser's `NumberNode` does.
 */
import type { Item } from './items.js';
import type { ArgNode } from './nodes.js';

/** A string literal Go could not unquote. */
export class UnquoteError extends Error {
  constructor() {
    super('invalid syntax');
    this.name = 'UnquoteError';
  }
}

/** Go's `strconv.Unquote` for string tokens. */
export function unquote(token: string): string {
  if (token.startsWith('`')) return token.slice(1, -1);
  const body = token.slice(1, -1).replace(/\\x([0-9a-fA-F]{2})/g, '\\u00$1').replace(/\\([0-7]{3})/g, (_, o: string) => `\\u${parseInt(o, 8).toString(16).padStart(4, '0')}`);
  try {
    return JSON.parse(`"${body.replace(/\\U([0-9a-fA-F]{8})/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))}"`) as string;
  } catch {
    throw new UnquoteError();
  }
}

/** The operand for a number or character token, or Go's error text for an illegal one. */
export function numberLiteral(t: Item): ArgNode | string {
  if (t.type === 'charConstant') {
    const ch = unquote(`"${t.val.slice(1, -1).replace(/"/g, '\\"')}"`);
    if ([...ch].length !== 1) return `malformed character constant: ${t.val}`;
    return { kind: 'number', pos: t.pos, text: t.val, value: ch.codePointAt(0)!, isInt: true };
  }
  if (t.type === 'complex') return `illegal number syntax: ${JSON.stringify(t.val)}`;
  const text = t.val.replace(/_/g, '');
  const sign = text.startsWith('-') ? -1 : 1;
  const body = text.replace(/^[+-]/, '');
  let value: number;
  let isInt = true;
  if (/^0[xX][0-9a-fA-F]+$/.test(body) || /^0[bB][01]+$/.test(body) || /^[1-9][0-9]*$|^0$/.test(body)) value = Number(body);
  else if (/^0[oO]?[0-7]+$/.test(body)) value = parseInt(body.replace(/^0[oO]?/, ''), 8);
  else if (/^([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$/.test(body)) {
    value = Number(body);
    isInt = false;
  } else return `illegal number syntax: ${JSON.stringify(t.val)}`;
  value *= sign;
  return { kind: 'number', pos: t.pos, text: t.val, value, isInt };
}
