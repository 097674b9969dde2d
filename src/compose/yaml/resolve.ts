/**
 * @module
 * go-yaml v4's resolver: what an unquoted YAML scalar means to Compose (`true`/`True`/`TRUE`,
 * `~`/`null`, ints in any Go base with `_` separators, `017` as octal, YAML-style floats,
 * timestamps). Used to read compose files and to decide when `docker compose config` must quote.
 */

/** The type a plain scalar resolves to. */
export type ResolvedTag = 'str' | 'null' | 'bool' | 'int' | 'float' | 'timestamp' | 'merge';

/** A resolved plain scalar: its tag and the value it decodes to (timestamps stay text). */
export interface Resolved {
  readonly tag: ResolvedTag;
  readonly value: string | number | boolean | null;
}

const FIXED: ReadonlyMap<string, Resolved> = new Map<string, Resolved>([
  ...['true', 'True', 'TRUE'].map((s) => [s, { tag: 'bool', value: true }] as const),
  ...['false', 'False', 'FALSE'].map((s) => [s, { tag: 'bool', value: false }] as const),
  ...['', '~', 'null', 'Null', 'NULL'].map((s) => [s, { tag: 'null', value: null }] as const),
  ...['.nan', '.NaN', '.NAN'].map((s) => [s, { tag: 'float', value: Number.NaN }] as const),
  ...['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF'].map((s) => [s, { tag: 'float', value: Infinity }] as const),
  ...['-.inf', '-.Inf', '-.INF'].map((s) => [s, { tag: 'float', value: -Infinity }] as const),
  ...['-0', '-0.0'].map((s) => [s, { tag: 'float', value: -0 }] as const),
  ['<<', { tag: 'merge', value: '<<' }],
]);

const YAML_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const TIMESTAMP = /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]| )[0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(?:\.[0-9]+)?(?:Z|[-+][0-9]{2}:[0-9]{2})?)?$/;

/** Go's `strconv.ParseInt(s, 0, 64)` / `ParseUint`: sign, then `0x`, `0o`, `0b`, leading-`0` octal or decimal. */
function goParseInt(text: string): number | undefined {
  const m = /^([-+]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(text);
  if (m === null) return undefined;
  const digits = m[2]!;
  let value: bigint;
  if (/^0[oO]/.test(digits)) value = BigInt(`0o${digits.slice(2)}`);
  else if (/^0[0-7]+$/.test(digits)) value = BigInt(`0o${digits.slice(1)}`);
  else value = BigInt(digits);
  if (m[1] === '-') value = -value;
  if (value < -(2n ** 63n) || value >= 2n ** 64n) return undefined;
  return Number(value);
}

/** Go's `strconv.ParseFloat` for the forms a YAML document can hold. */
function goParseFloat(text: string): number | undefined {
  if (/^[-+]?(inf|infinity)$/i.test(text)) return text.startsWith('-') ? -Infinity : Infinity;
  if (/^nan$/i.test(text)) return Number.NaN;
  return YAML_FLOAT.test(text) ? Number(text) : undefined;
}

function isTimestamp(text: string): boolean {
  if (!TIMESTAMP.test(text)) return false;
  const [month, day] = text.slice(5).split(/[-Tt ]/).map(Number) as [number, number];
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** Resolves a plain (unquoted, untagged) scalar as go-yaml does. */
export function resolvePlain(text: string): Resolved {
  const fixed = FIXED.get(text);
  if (fixed !== undefined) return fixed;
  const first = text[0]!;
  if (first === '.') {
    const f = goParseFloat(text);
    return f === undefined ? { tag: 'str', value: text } : { tag: 'float', value: f };
  }
  if (!(first === '+' || first === '-' || (first >= '0' && first <= '9'))) return { tag: 'str', value: text };
  if (isTimestamp(text)) return { tag: 'timestamp', value: text };
  const plain = text.replaceAll('_', '');
  const i = goParseInt(plain);
  if (i !== undefined) return { tag: 'int', value: i };
  if (YAML_FLOAT.test(plain)) return { tag: 'float', value: Number(plain) };
  return { tag: 'str', value: text };
}

const OLD_BOOLS = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON', 'n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF']);
const BASE60_FLOAT = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;

/** True when go-yaml would print `text` unquoted as far as its meaning goes (the emitter may still quote it). */
export function canStayPlain(text: string): boolean {
  return resolvePlain(text).tag === 'str' && !BASE60_FLOAT.test(text) && !OLD_BOOLS.has(text) && text !== '<<';
}
