/**
 * @module
 * Query parameters as the daemon reads them (moby `httputils`): the first value of a key,
 * booleans where `""`, `0`, `no`, `false` and `none` are false and anything else true (so the
 * CLI's `1` and dockerode's `true`/`false` both work), integers by Go's `ParseInt`, `filters`
 * and `since`/`until`. Unknown keys are ignored, as dockerode sends many.
 */
import * as messages from '../core/messages/index.js';
import { parseFilters, type Filters } from './filters.js';
import { parseGoInt, parseQueryTimestamp } from './timestamps.js';

const FALSE = new Set(['', '0', 'no', 'false', 'none']);

/** The query of one request. */
export class Query {
  readonly #params: URLSearchParams;

  constructor(params: URLSearchParams) {
    this.#params = params;
  }

  /** True when `key` is present (even empty). */
  has(key: string): boolean {
    return this.#params.has(key);
  }

  /** The first value of `key`, or `""` (Go's `FormValue`). */
  get(key: string): string {
    return this.#params.get(key) ?? '';
  }

  /** Every value of `key` (repeated keys: `t=a&t=b`). */
  all(key: string): string[] {
    return this.#params.getAll(key);
  }

  /** moby `BoolValue`, or `BoolValueOrDefault` when `fallback` is given and the key is absent. */
  bool(key: string, fallback = false): boolean {
    if (!this.has(key)) return fallback;
    return !FALSE.has(this.get(key).trim().toLowerCase());
  }

  /** moby `Int64ValueOrDefault`: `fallback` when absent or empty, else Go's `ParseInt` (or its error). */
  int(key: string, fallback: number): number {
    const text = this.get(key);
    return text === '' ? fallback : Number(parseGoInt(text));
  }

  /** Go's `strconv.Atoi` of `key` (`limit`, `t`): `undefined` when absent or empty, else the number or Go's error. */
  atoi(key: string): number | undefined {
    const text = this.get(key);
    if (text === '') return undefined;
    if (!/^[+-]?\d+$/.test(text)) throw messages.atoiFailed(text, 'invalid syntax');
    const value = Number(text);
    if (!Number.isSafeInteger(value)) throw messages.atoiFailed(text, 'value out of range');
    return value;
  }

  /** A terminal dimension (`h`, `w`): Go's `ParseUint(…, 10, 32)`, 0 when absent. */
  dimension(key: 'h' | 'w'): number {
    const text = this.get(key);
    if (text === '') return 0;
    const which = key === 'h' ? 'height' : 'width';
    if (!/^\d+$/.test(text)) throw messages.invalidResizeDimension(which, text, 'invalid syntax');
    const value = Number(text);
    if (value > 0xffffffff) throw messages.invalidResizeDimension(which, text, 'value out of range');
    return value;
  }

  /** The `filters` parameter (or another key holding filters JSON). */
  filters(key = 'filters'): Filters {
    return parseFilters(this.get(key));
  }

  /** A `since`/`until` bound in epoch ms, or `undefined` when absent or empty. */
  timestamp(key: string, round: 'up' | 'down'): number | undefined {
    const text = this.get(key);
    return text === '' ? undefined : parseQueryTimestamp(text, round);
  }
}
