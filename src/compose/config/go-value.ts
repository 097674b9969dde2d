/**
 * @module
 * A Go value as compose-go's types marshal it, built once and written two ways: YAML through
 * go-yaml (what `docker compose config` prints, maps in go-yaml's natural key order) and JSON
 * through `encoding/json` (what the config hash digests, maps in byte order). Struct fields
 * follow their Go declaration order and `omitempty` rules.
 */
import type { Json } from '../../core/serialize.js';
import type { YamlNode } from '../yaml/emit.js';

/** An ordered Go value: objects keep their field order. */
export type GoValue =
  | { readonly struct: readonly (readonly [string, GoValue])[] }
  | { readonly map: readonly (readonly [string, GoValue])[] }
  | { readonly list: readonly GoValue[] }
  | { readonly str: string }
  | number
  | boolean
  | null;

/** go-yaml's natural key order: digit runs compare as numbers, letters before other runes after a digit. */
export function naturalLess(a: string, b: string): boolean {
  const ar = [...a];
  const br = [...b];
  const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
  const isLetter = (c: string | undefined): boolean => c !== undefined && /\p{L}/u.test(c);
  let digits = false;
  for (let i = 0; i < ar.length && i < br.length; i++) {
    if (ar[i] === br[i]) {
      digits = isDigit(ar[i]);
      continue;
    }
    const al = isLetter(ar[i]);
    const bl = isLetter(br[i]);
    if (al && bl) return ar[i]! < br[i]!;
    if (al || bl) return digits ? al : bl;
    let an = 0;
    let bn = 0;
    if (ar[i] === '0' || br[i] === '0') {
      for (let j = i - 1; j >= 0 && isDigit(ar[j]); j--) {
        if (ar[j] !== '0') {
          an = 1;
          bn = 1;
          break;
        }
      }
    }
    let ai = i;
    let bi = i;
    for (; ai < ar.length && isDigit(ar[ai]); ai++) an = an * 10 + Number(ar[ai]);
    for (; bi < br.length && isDigit(br[bi]); bi++) bn = bn * 10 + Number(br[bi]);
    if (an !== bn) return an < bn;
    if (ai !== bi) return ai < bi;
    return ar[i]! < br[i]!;
  }
  return ar.length < br.length;
}

const byteOrder = (a: string, b: string): number => {
  const x = new TextEncoder().encode(a);
  const y = new TextEncoder().encode(b);
  for (let i = 0; i < x.length && i < y.length; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
};

/** The YAML node of a Go value (maps sorted naturally). */
export function toYaml(v: GoValue): YamlNode {
  if (v === null) return { raw: 'null' };
  if (typeof v === 'boolean') return { raw: String(v) };
  if (typeof v === 'number') return { raw: Number.isInteger(v) ? String(v) : String(v) };
  if ('str' in v) return { str: v.str };
  if ('list' in v) return { seq: v.list.map(toYaml) };
  if ('struct' in v) return { map: v.struct.map(([k, e]) => [k, toYaml(e)] as const) };
  const sorted = [...v.map].sort(([a], [b]) => (naturalLess(a, b) ? -1 : naturalLess(b, a) ? 1 : 0));
  return { map: sorted.map(([k, e]) => [k, toYaml(e)] as const) };
}

/** Go `encoding/json` string escaping (HTML-safe: `<`, `>`, `&` as `\u003c`…). */
function jsonString(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || ch === '<' || ch === '>' || ch === '&' || c === 0x2028 || c === 0x2029) out += `\\u${c.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

/** The compact JSON `encoding/json` writes for a Go value (maps sorted by bytes). */
export function toGoJson(v: GoValue): string {
  if (v === null) return 'null';
  if (typeof v === 'boolean' || typeof v === 'number') return String(v);
  if ('str' in v) return jsonString(v.str);
  if ('list' in v) return `[${v.list.map(toGoJson).join(',')}]`;
  const entries = 'struct' in v ? v.struct : [...v.map].sort(([a], [b]) => byteOrder(a, b));
  return `{${entries.map(([k, e]) => `${jsonString(k)}:${toGoJson(e)}`).join(',')}}`;
}

/** A canonical value kept as is (an attribute dockersim does not model), as a Go map would marshal. */
export function fromJson(v: Json): GoValue {
  if (v === null || typeof v === 'boolean' || typeof v === 'number') return v;
  if (typeof v === 'string') return { str: v };
  if (Array.isArray(v)) return { list: v.map(fromJson) };
  return { map: Object.entries(v).map(([k, e]) => [k, fromJson(e)] as const) };
}
