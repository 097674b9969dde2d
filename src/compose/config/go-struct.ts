/**
 * @module
 * A builder for Go structs as compose-go declares them: fields appended in declaration order,
 * each with its tag's `omitempty` rule. `mode` says which encoder is targeted, because the two
 * differ: `encoding/json` never omits a struct value and writes a nil command as `null`, go-yaml
 * omits both.
 */
import type { Json } from '../../core/serialize.js';
import { formatGoDuration } from '../go/duration.js';
import { fromJson, type GoValue, naturalLess } from './go-value.js';

/** Which encoder the value is for. */
export type Encoding = 'yaml' | 'json';

/** Fields of one Go struct, in order. */
export class GoStruct {
  private readonly fields: [string, GoValue][] = [];

  constructor(readonly mode: Encoding) {}

  /** The struct built so far. */
  value(): GoValue {
    return { struct: this.fields };
  }

  /** True when every field was omitted (go-yaml omits such a struct value). */
  isEmpty(): boolean {
    return this.fields.length === 0;
  }

  /** Any field, unconditionally. */
  set(key: string, value: GoValue): this {
    this.fields.push([key, value]);
    return this;
  }

  /** `string` with omitempty. */
  str(key: string, v: string | undefined): this {
    return v === undefined || v === '' ? this : this.set(key, { str: v });
  }

  /** `bool` with omitempty (false is omitted). */
  bool(key: string, v: boolean | undefined): this {
    return v === true ? this.set(key, true) : this;
  }

  /** `*bool`: omitted only when unset. */
  ptrBool(key: string, v: boolean | undefined): this {
    return v === undefined ? this : this.set(key, v);
  }

  /** An integer with omitempty (0 is omitted). */
  int(key: string, v: number | undefined): this {
    return v === undefined || v === 0 ? this : this.set(key, v);
  }

  /** `*int`: omitted only when unset. */
  ptrInt(key: string, v: number | undefined): this {
    return v === undefined ? this : this.set(key, v);
  }

  /** A float with omitempty (`cpus`). */
  float(key: string, v: number | undefined): this {
    return v === undefined || v === 0 ? this : this.set(key, v);
  }

  /** `UnitBytes` with omitempty: written as its decimal text in both encodings. */
  bytes(key: string, v: number | undefined): this {
    return v === undefined || v === 0 ? this : this.set(key, { str: String(v) });
  }

  /** `*Duration`: Go's duration text. */
  duration(key: string, nanoseconds: number | undefined): this {
    return nanoseconds === undefined ? this : this.set(key, { str: formatGoDuration(nanoseconds) });
  }

  /** `[]string` with omitempty. */
  strings(key: string, v: readonly string[] | undefined): this {
    return v === undefined || v.length === 0 ? this : this.set(key, { list: v.map((s) => ({ str: s })) });
  }

  /** `ShellCommand`: go-yaml omits only nil (prints `[]`); JSON always writes it (`null` when nil). */
  command(key: string, v: readonly string[] | undefined): this {
    if (v === undefined) return this.mode === 'json' ? this.set(key, null) : this;
    return this.set(key, { list: v.map((s) => ({ str: s })) });
  }

  /** `map[string]string` (Labels, Mapping) with omitempty. */
  stringMap(key: string, v: Readonly<Record<string, string>> | undefined): this {
    if (v === undefined || Object.keys(v).length === 0) return this;
    return this.set(key, { map: Object.entries(v).map(([k, e]) => [k, { str: e }] as const) });
  }

  /** `MappingWithEquals` (`map[string]*string`): unset values are `null`. */
  nullableMap(key: string, v: Readonly<Record<string, string | null>> | undefined): this {
    if (v === undefined || Object.keys(v).length === 0) return this;
    return this.set(key, { map: Object.entries(v).map(([k, e]) => [k, e === null ? null : { str: e }] as const) });
  }

  /** `HostsList`: written as sorted `host=ip` strings. */
  hosts(key: string, v: Readonly<Record<string, readonly string[]>> | undefined): this {
    if (v === undefined || Object.keys(v).length === 0) return this;
    const list = Object.entries(v).flatMap(([h, ips]) => ips.map((ip) => `${h}=${ip}`));
    return this.strings(key, list.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  }

  /** `OptOut` (a bool defaulting to true): written only when false. */
  optOut(key: string, v: boolean | undefined): this {
    return v === false ? this.set(key, false) : this;
  }

  /** A pointer to a struct: omitted when unset. */
  ptr<T>(key: string, v: T | undefined, marshal: (v: T, mode: Encoding) => GoValue): this {
    return v === undefined ? this : this.set(key, marshal(v, this.mode));
  }

  /** A struct value with omitempty: go-yaml omits it when empty, encoding/json never does. */
  valueStruct(key: string, v: GoStruct): this {
    return this.mode === 'yaml' && v.isEmpty() ? this : this.set(key, v.value());
  }

  /** A slice of structs with omitempty. */
  list<T>(key: string, v: readonly T[] | undefined, marshal: (v: T, mode: Encoding) => GoValue): this {
    return v === undefined || v.length === 0 ? this : this.set(key, { list: v.map((e) => marshal(e, this.mode)) });
  }

  /** A map of struct pointers with omitempty; `null` entries stay `null`. */
  structMap<T>(key: string, v: Readonly<Record<string, T | null>> | undefined, marshal: (v: T, mode: Encoding) => GoValue): this {
    if (v === undefined || Object.keys(v).length === 0) return this;
    return this.set(key, { map: Object.entries(v).map(([k, e]) => [k, e === null ? null : marshal(e, this.mode)] as const) });
  }

  /** An attribute kept in canonical form, written as a Go map would be. */
  raw(key: string, v: Json | undefined): this {
    return v === undefined || v === null ? this : this.set(key, fromJson(v));
  }

  /** `x-*` extensions, inlined (go-yaml only; encoding/json skips them). */
  extensions(v: Readonly<Record<string, Json>> | undefined): this {
    if (this.mode === 'json' || v === undefined) return this;
    const keys = Object.keys(v).sort((a, b) => (naturalLess(a, b) ? -1 : naturalLess(b, a) ? 1 : 0));
    for (const k of keys) this.set(k, fromJson(v[k]!));
    return this;
  }
}
