/**
 * @module
 * Go's `encoding/json` output as the docker CLI prints it: compact (`{{json .}}`, `--format json`)
 * or indented by 4 spaces (`docker inspect`); Go's string escapes (`\u003c` for `<` when HTML
 * escaping is on, `\u2028`, `\u0008`…); Go maps with their keys sorted, structs in field order.
 * JavaScript objects carry no Go type, so an object whose keys are all exported Go identifiers
 * (`State`, `NetworkSettings`) is taken for a struct and any other (`Labels`, port maps) for a map.
 */

/** Options of {@link goJson}. */
export interface GoJsonOptions {
  /** `json.MarshalIndent(v, "", indent)`; compact when absent. */
  readonly indent?: string;
  /** Escape `<`, `>`, `&` as Go's default encoder does (docker's `json` template function does not). */
  readonly escapeHTML?: boolean;
}

const GO_IDENTIFIER = /^[A-Z][A-Za-z0-9_]*$/;

/** Marks an object as a Go struct rendering (its keys stay in order even when they are json tags like `scope`). */
export const JSON_STRUCT: unique symbol = Symbol.for('dockersim.jsonStruct');

/** True when a plain object reads as a Go struct (exported field names) rather than a map. */
export function looksLikeStruct(value: object): boolean {
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((k) => GO_IDENTIFIER.test(k));
}

/** A string as Go's encoder quotes it. */
export function goJsonString(s: string, escapeHTML = false): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (cp < 0x20 || cp === 0x2028 || cp === 0x2029 || (escapeHTML && (ch === '<' || ch === '>' || ch === '&'))) {
      out += `\\u${cp.toString(16).padStart(4, '0')}`;
    } else out += ch;
  }
  return `${out}"`;
}

function numberText(n: number): string {
  if (!Number.isFinite(n)) return 'null';
  if (Object.is(n, -0)) return '-0';
  // Go's float64 encoding matches ECMAScript's except for exponents: 1e-7 is 1e-07.
  return String(n).replace(/e([+-])(\d)$/, 'e$10$2');
}

/** Go's `json.Marshal` / `json.MarshalIndent` of a JSON-like value. */
export function goJson(value: unknown, options: GoJsonOptions = {}): string {
  const { indent, escapeHTML = false } = options;
  const encode = (v: unknown, depth: number, html: boolean): string => {
    if (v === null || v === undefined) return 'null';
    if (typeof v === 'string') return goJsonString(v, html);
    if (typeof v === 'number') return numberText(v);
    if (typeof v === 'boolean') return String(v);
    if (typeof v === 'bigint') return v.toString();
    const nl = indent === undefined ? '' : `\n${indent.repeat(depth + 1)}`;
    const close = indent === undefined ? '' : `\n${indent.repeat(depth)}`;
    const colon = indent === undefined ? ':' : ': ';
    if (Array.isArray(v)) {
      if (v.length === 0) return '[]';
      return `[${v.map((x) => nl + encode(x, depth + 1, html)).join(',')}${close}]`;
    }
    if (typeof v === 'object') {
      const obj = v as Record<string, unknown>;
      // Go's json.Marshaler: docker's row contexts marshal themselves with json.Marshal, which
      // escapes <, > and & whatever the outer encoder was told.
      const goMarshal = (obj as { MarshalJSON?: () => unknown }).MarshalJSON;
      if (typeof goMarshal === 'function') return encode(goMarshal.call(obj), depth, true);
      const toJson = (obj as { toJSON?: () => unknown }).toJSON;
      if (typeof toJson === 'function') return encode(toJson.call(obj), depth, html);
      let keys = Object.keys(obj).filter((k) => obj[k] !== undefined && typeof obj[k] !== 'function');
      if (!looksLikeStruct(obj) && !(JSON_STRUCT in obj)) keys = keys.sort();
      if (keys.length === 0) return '{}';
      return `{${keys.map((k) => `${nl}${goJsonString(k, html)}${colon}${encode(obj[k], depth + 1, html)}`).join(',')}${close}}`;
    }
    return 'null';
  };
  return encode(value, 0, escapeHTML);
}
