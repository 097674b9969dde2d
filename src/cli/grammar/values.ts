/**
 * @module
 * How each kind of flag takes a value (pflag's and docker `opts`' `Value.Set`): scalars replace,
 * lists append, `stringSlice` splits CSV and replaces its default on first use, maps and filters
 * collect `key=value` pairs. Errors carry the text docker prints after `invalid argument …: `.
 */
import { ramInBytes, SizeError } from '../format/units.js';
import { parseGoDuration, GoDurationError } from './go-duration.js';
import { GoParseError, parseGoBool, parseGoFloat, parseGoInt, parseGoUint } from './go-strconv.js';
import { FlagValueError, type FilterArgs, type FlagSpec, type FlagValue, type StringMap } from './flag.js';

/** The value a flag has before any occurrence (its default). */
export function initialValue(spec: FlagSpec): FlagValue {
  if (spec.initial !== undefined) return spec.initial;
  const def = spec.def;
  switch (spec.kind) {
    case 'bool':
      return def === 'true';
    case 'string':
      return def ?? '';
    case 'int':
    case 'uint':
    case 'uint16':
    case 'uint32':
    case 'float':
      return def === undefined ? 0 : Number(def);
    case 'duration':
      return def === undefined ? 0 : parseGoDuration(def);
    case 'bytes':
    case 'memswap':
    case 'decimal':
      return 0;
    case 'list':
    case 'strings':
      return [];
    case 'map':
    case 'stringToString':
    case 'filter':
      return {};
  }
}

/** Wraps the parse errors of Go's libraries into a {@link FlagValueError}. */
function guard<T>(parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    if (e instanceof GoParseError || e instanceof GoDurationError || e instanceof SizeError) throw new FlagValueError(e.message);
    throw e;
  }
}

/**
 * The flag's value after one more occurrence with text `raw`. `changed` says whether the flag
 * was already set on this command line (slices replace their default on first use).
 */
export function applyValue(spec: FlagSpec, current: FlagValue, raw: string, changed: boolean, env: { readonly [name: string]: string }): FlagValue {
  const value = spec.validate ? spec.validate(raw, env) : raw;
  switch (spec.kind) {
    case 'bool':
      return guard(() => parseGoBool(value));
    case 'string':
      return value;
    case 'int':
      return guard(() => parseGoInt(value, 64));
    case 'uint':
      return guard(() => parseGoUint(value, 64));
    case 'uint16':
      return guard(() => parseGoUint(value, 16));
    case 'uint32':
      return guard(() => parseGoUint(value, 32));
    case 'float':
      return guard(() => parseGoFloat(value));
    case 'duration':
      return guard(() => parseGoDuration(value));
    case 'bytes':
      return guard(() => ramInBytes(value));
    case 'memswap':
      return value === '-1' ? -1 : guard(() => ramInBytes(value));
    case 'decimal':
      return parseCpus(value);
    case 'list':
      return [...(current as readonly string[]), value];
    case 'strings': {
      const items = value === '' ? [] : readCsv(value);
      return changed ? [...(current as readonly string[]), ...items] : items;
    }
    case 'map': {
      const eq = value.indexOf('=');
      const key = eq < 0 ? value : value.slice(0, eq);
      return { ...(current as StringMap), [key]: eq < 0 ? '' : value.slice(eq + 1) };
    }
    case 'stringToString': {
      const out: { [key: string]: string } = changed ? { ...(current as StringMap) } : {};
      for (const pair of value === '' ? [] : readCsv(value)) {
        const eq = pair.indexOf('=');
        if (eq < 0) throw new FlagValueError(`${pair} must be formatted as key=value`);
        out[pair.slice(0, eq)] = pair.slice(eq + 1);
      }
      return out;
    }
    case 'filter':
      return addFilter(current as FilterArgs, value);
  }
}

/** `opts.FilterOpt.Set`: `name=value`, name lower-cased and both trimmed; empty is ignored. */
function addFilter(current: FilterArgs, value: string): FilterArgs {
  if (value === '') return current;
  const eq = value.indexOf('=');
  if (eq < 0) throw new FlagValueError('bad format of filter (expected name=value)');
  const name = value.slice(0, eq).trim().toLowerCase();
  const v = value.slice(eq + 1).trim();
  const values = current[name] ?? [];
  return values.includes(v) ? current : { ...current, [name]: [...values, v] };
}

/** `opts.ParseCPUs`: a rational number of CPUs, in nano-CPUs (`1.5` → 1500000000). */
export function parseCpus(value: string): number {
  const m = /^([-+]?)(\d*)(?:\.(\d*))?(?:[eE]([-+]?\d+))?$/.exec(value);
  const frac = /^([-+]?\d+)\/(\d+)$/.exec(value);
  let num: bigint;
  let den: bigint;
  if (frac && BigInt(frac[2]!) !== 0n) {
    num = BigInt(frac[1]!);
    den = BigInt(frac[2]!);
  } else if (m && (m[2] !== '' || (m[3] ?? '') !== '')) {
    const digits = `${m[2]}${m[3] ?? ''}`;
    const exp = Number(m[4] ?? 0) - (m[3] ?? '').length;
    num = BigInt(digits || '0') * (exp > 0 ? 10n ** BigInt(exp) : 1n) * (m[1] === '-' ? -1n : 1n);
    den = exp < 0 ? 10n ** BigInt(-exp) : 1n;
  } else {
    throw new FlagValueError(`failed to parse ${value} as a rational number`);
  }
  const nano = num * 1_000_000_000n;
  if (nano % den !== 0n) throw new FlagValueError('value is too precise');
  return Number(nano / den);
}

/** One line of CSV as Go's `encoding/csv` reads it (pflag's `stringSlice`). */
export function readCsv(line: string): string[] {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (line[i] === '"') {
      i++;
      for (;;) {
        if (i >= line.length) throw new FlagValueError(`parse error on line 1, column ${line.length + 1}: extraneous or missing " in quoted-field`);
        if (line[i] === '"') {
          if (line[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += line[i];
        i++;
      }
      if (i < line.length && line[i] !== ',') {
        throw new FlagValueError(`parse error on line 1, column ${i + 1}: extraneous or missing " in quoted-field`);
      }
    } else {
      const end = line.indexOf(',', i);
      field = end < 0 ? line.slice(i) : line.slice(i, end);
      const quote = field.indexOf('"');
      if (quote >= 0) throw new FlagValueError(`parse error on line 1, column ${i + quote + 1}: bare " in non-quoted-field`);
      i = end < 0 ? line.length : end;
    }
    fields.push(field);
    if (i >= line.length) return fields;
    i++; // the comma
  }
}
