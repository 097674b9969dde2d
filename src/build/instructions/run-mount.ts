/**
 * @module
 * `RUN --mount=type=…,target=…` options (BuildKit `commands_runmount.go`): CSV fields, keys
 * case-insensitive, defaults per type (bind and secret mounts read-only, cache and tmpfs
 * writable), and Docker's validation messages. Mounts are parsed twice, as BuildKit does: at
 * parse time (only `from=` is checked, since it cannot use variables) and again with variables
 * substituted. The classic builder then refuses the flag altogether.
 */
import { invalidMount } from '../../core/messages/index.js';
import { goQuote } from '../go/quote.js';
import { withSuggestion } from '../go/suggest.js';
import type { RunMount } from './types.js';

const TYPES = ['bind', 'cache', 'tmpfs', 'secret', 'ssh'] as const;
const SHARING = ['shared', 'private', 'locked'] as const;
const KEYS = ['type', 'from', 'source', 'target', 'readonly', 'id', 'sharing', 'required', 'size', 'mode', 'uid', 'gid', 'src', 'dst', 'destination', 'ro', 'rw', 'readwrite', 'env'];

/** Splits one CSV record as BuildKit's `go-csvvalue` does. */
export function csvFields(line: string): string[] {
  const fields: string[] = [];
  let rest = line.replace(/\r?\n$/, '');
  if (rest === '') throw invalidMount('failed to parse csv mounts: EOF');
  let pos = 0;
  const error = (at: number, what: string) => invalidMount(`failed to parse csv mounts: parse error on line 1, column ${at + 1}: ${what}`);
  field: for (;;) {
    if (!rest.startsWith('"')) {
      const comma = rest.indexOf(',');
      const value = comma < 0 ? rest : rest.slice(0, comma);
      const quote = value.indexOf('"');
      if (quote >= 0) throw error(pos + quote, 'bare " in non-quoted-field');
      fields.push(value);
      if (comma < 0) break;
      rest = rest.slice(comma + 1);
      pos += comma + 1;
      continue;
    }
    rest = rest.slice(1);
    pos += 1;
    let halfOpen = false;
    for (;;) {
      const quote = rest.indexOf('"');
      if (quote < 0) throw error(pos, 'extraneous or missing " in quoted-field');
      if (halfOpen) fields[fields.length - 1] += rest.slice(0, quote);
      else fields.push(rest.slice(0, quote));
      halfOpen = false;
      rest = rest.slice(quote + 1);
      pos += quote + 1;
      if (rest.startsWith('"')) {
        fields[fields.length - 1] += '"';
        rest = rest.slice(1);
        pos += 1;
        halfOpen = true;
      } else if (rest.startsWith(',')) {
        rest = rest.slice(1);
        pos += 1;
        continue field;
      } else if (rest === '') {
        break field;
      } else {
        throw error(pos - 1, 'extraneous or missing " in quoted-field');
      }
    }
  }
  return fields;
}

/** Go `strconv.ParseBool`. */
function parseBool(value: string): boolean | undefined {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(value)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(value)) return false;
  return undefined;
}

/** go-units `RAMInBytes`: `64m` → 67108864 (binary multiples). */
export function ramInBytes(size: string): number | undefined {
  const m = /^(\d+(?:\.\d+)*) ?([kKmMgGtTpP])?[iI]?[bB]?$/.exec(size);
  if (m === null) return undefined;
  const value = Number.parseFloat(m[1]!);
  const power = m[2] ? 'kmgtp'.indexOf(m[2].toLowerCase()) + 1 : 0;
  return Math.trunc(value * 1024 ** power);
}

function parseUint(value: string, base: 8 | 10): number | undefined {
  const digits = base === 8 ? /^[0-7]+$/ : /^[0-9]+$/;
  if (!digits.test(value)) return undefined;
  const n = Number.parseInt(value, base);
  return n <= 0xffffffff ? n : undefined;
}

/**
 * Parses one `--mount` value. Without `expand`, only `from=` is checked (parse time); with it,
 * every value is substituted and validated (the builder's dispatch).
 */
export function parseMount(spec: string, expand?: (word: string) => string): RunMount {
  let type: RunMount['type'] = 'bind';
  const m: { -readonly [K in keyof RunMount]: RunMount[K] } = {
    type,
    from: '',
    source: '',
    target: '',
    readOnly: false,
    sizeLimit: 0,
    cacheId: '',
    cacheSharing: '',
    required: false,
  };
  let roAuto = true;
  const badValue = (key: string, value: string) => invalidMount(`invalid value for ${key}: ${value}`);
  for (const field of csvFields(spec)) {
    const eq = field.indexOf('=');
    const key = (eq < 0 ? field : field.slice(0, eq)).toLowerCase();
    let value = eq < 0 ? '' : field.slice(eq + 1);
    if (eq < 0) {
      if (!expand) continue;
      if (key === 'readonly' || key === 'ro') [m.readOnly, roAuto] = [true, false];
      else if (key === 'readwrite' || key === 'rw') [m.readOnly, roAuto] = [false, false];
      else if (key === 'required' && (m.type === 'secret' || m.type === 'ssh')) m.required = true;
      else if (key === 'required') throw invalidMount(`unexpected key '${key}' for mount type '${m.type}'`);
      else throw invalidMount(`invalid field '${field}' must be a key=value pair`);
      continue;
    }
    if (expand) {
      value = expand(value);
    } else if (key === 'from') {
      const dollar = value.indexOf('$');
      if (dollar !== -1 && dollar !== value.length - 1) {
        throw invalidMount(`'${key}' doesn't support variable expansion, define alias stage instead`);
      }
    } else {
      continue;
    }
    switch (key) {
      case 'type': {
        const t = value.toLowerCase();
        if (!(TYPES as readonly string[]).includes(t)) {
          throw invalidMount(withSuggestion(`unsupported mount type ${goQuote(value)}`, value, TYPES, true));
        }
        type = t as RunMount['type'];
        m.type = type;
        break;
      }
      case 'from':
        m.from = value;
        break;
      case 'source':
      case 'src':
        m.source = value;
        break;
      case 'target':
      case 'dst':
      case 'destination':
        m.target = value;
        break;
      case 'readonly':
      case 'ro':
      case 'readwrite':
      case 'rw': {
        const b = parseBool(value);
        if (b === undefined) throw badValue(key, value);
        m.readOnly = key === 'readonly' || key === 'ro' ? b : !b;
        roAuto = false;
        break;
      }
      case 'required': {
        if (m.type !== 'secret' && m.type !== 'ssh') throw invalidMount(`unexpected key '${key}' for mount type '${m.type}'`);
        const b = parseBool(value);
        if (b === undefined) throw badValue(key, value);
        m.required = b;
        break;
      }
      case 'size': {
        if (m.type !== 'tmpfs') throw invalidMount(`unexpected key '${key}' for mount type '${m.type}'`);
        const bytes = ramInBytes(value);
        if (bytes === undefined) throw badValue(key, value);
        m.sizeLimit = bytes;
        break;
      }
      case 'id':
        m.cacheId = value;
        break;
      case 'sharing': {
        const s = value.toLowerCase();
        if (!(SHARING as readonly string[]).includes(s)) {
          throw invalidMount(withSuggestion(`unsupported sharing value ${goQuote(value)}`, value, SHARING, true));
        }
        m.cacheSharing = s as RunMount['cacheSharing'];
        break;
      }
      case 'mode':
      case 'uid':
      case 'gid': {
        const n = parseUint(value, key === 'mode' ? 8 : 10);
        if (n === undefined) throw invalidMount(`invalid value ${value} for ${key}`);
        m[key] = n;
        break;
      }
      case 'env':
        m.env = value;
        break;
      default:
        throw invalidMount(withSuggestion(`unexpected key '${key}' in '${field}'`, key, KEYS, true));
    }
  }
  validate(m, roAuto);
  return m;
}

function validate(m: { -readonly [K in keyof RunMount]: RunMount[K] }, roAuto: boolean): void {
  if (m.type !== 'secret' && m.type !== 'ssh' && m.type !== 'cache') {
    for (const key of ['mode', 'uid', 'gid'] as const) {
      if (m[key] !== undefined) throw invalidMount(`${key} not allowed for ${goQuote(m.type)} type mounts`);
    }
  }
  if (roAuto) m.readOnly = !(m.type === 'cache' || m.type === 'tmpfs');
  if (m.type === 'secret') {
    if (m.from !== '') throw invalidMount('secret mount should not have a from');
    if (m.cacheSharing !== '') throw invalidMount('secret mount should not define sharing');
    if (m.source === '' && m.target === '' && m.cacheId === '') throw invalidMount('invalid secret mount. one of source, target required');
    if (m.source !== '' && m.cacheId !== '') throw invalidMount("both source and id can't be set");
  }
  if (m.cacheSharing !== '' && m.type !== 'cache') throw invalidMount(`invalid cache sharing set for ${m.type} mount`);
}
