/**
 * @module
 * The tokens of Go's `text/template` (`text/template/parse/lex.go` `item`): their kinds, and how
 * Go prints them in errors (`unexpected "}" in operand`, `bad character U+0023 '#'`).
 */

/** Token kinds, as Go's `itemType`. */
export type ItemType =
  | 'error'
  | 'bool'
  | 'char'
  | 'charConstant'
  | 'complex'
  | 'assign'
  | 'declare'
  | 'eof'
  | 'field'
  | 'identifier'
  | 'leftDelim'
  | 'leftParen'
  | 'number'
  | 'pipe'
  | 'rawString'
  | 'rightDelim'
  | 'rightParen'
  | 'space'
  | 'string'
  | 'text'
  | 'variable'
  // keywords
  | 'block'
  | 'break'
  | 'continue'
  | 'dot'
  | 'define'
  | 'else'
  | 'end'
  | 'if'
  | 'nil'
  | 'range'
  | 'template'
  | 'with';

/** One token: its kind, byte offset, text and line. */
export interface Item {
  readonly type: ItemType;
  readonly pos: number;
  readonly val: string;
  readonly line: number;
}

/** The keyword tokens. */
export const KEYWORDS: ReadonlySet<string> = new Set(['block', 'break', 'continue', 'define', 'else', 'end', 'if', 'nil', 'range', 'template', 'with']);

/** True for the keyword token kinds. */
export function isKeyword(type: ItemType): boolean {
  return KEYWORDS.has(type) || type === 'dot';
}

/** Go's `%#U`: `U+0023 '#'`. */
export function unicodeName(c: string): string {
  const cp = c.codePointAt(0)!;
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')} '${c}'`;
}

/** Go's `%q`-ish print of a token, as in `unexpected "}" in operand`. */
export function itemString(item: Item): string {
  if (item.type === 'eof') return 'EOF';
  if (item.type === 'error') return item.val;
  if (isKeyword(item.type)) return `<${item.val}>`;
  if (item.val.length > 10) return `${JSON.stringify(item.val.slice(0, 10))}...`;
  return JSON.stringify(item.val);
}

