/**
 * @module
 * Typed decoding of the mapping-like compose attributes (compose-go `MappingWithEquals`,
 * `Labels`/`Mapping`, `HostsList`) and of what is left over once typed attributes are taken.
 */
import type { Json } from '../../core/serialize.js';
import { goSprint } from '../go/format.js';
import { DecodeError, goType } from './decode.js';
import { type Dict, isDict, setKey } from './dict.js';

const scalarText = (v: Json): string => goSprint(v as string | number | boolean | null);

/** `MappingWithEquals`: `KEY=value` / bare `KEY` (null) from a list, or a mapping with null kept. */
export function mappingWithEquals(v: Json | undefined, name: string): Readonly<Record<string, string | null>> | undefined {
  if (v === undefined || v === null) return undefined;
  const out: Dict = {};
  if (isDict(v)) {
    for (const [k, e] of Object.entries(v)) setKey(out, k, e === null ? null : scalarText(e));
  } else if (Array.isArray(v)) {
    for (const e of v) {
      const text = scalarText(e);
      const i = text.indexOf('=');
      const key = i < 0 ? text : text.slice(0, i);
      if (key !== '' && /\s$/u.test(key)) throw new DecodeError(name, `environment variable ${key} is declared with a trailing space`);
      setKey(out, key, i < 0 ? null : text.slice(i + 1));
    }
  } else throw new DecodeError(name, `unexpected value type ${goType(v)} for mapping`);
  return out as Record<string, string | null>;
}

/** `Labels` / `Mapping`: like {@link mappingWithEquals} but a missing value is the empty string. */
export function mapping(v: Json | undefined, name: string): Readonly<Record<string, string>> | undefined {
  const m = mappingWithEquals(v, name);
  if (m === undefined) return undefined;
  const out: Dict = {};
  for (const [k, e] of Object.entries(m)) setKey(out, k, e ?? '');
  return out as Record<string, string>;
}

/** `HostsList`: `host=ip`, `host:ip`, `host: ip` or `host: [ip, …]`; brackets of IPv6 removed. */
export function hostsList(v: Json | undefined, name: string): Readonly<Record<string, readonly string[]>> | undefined {
  if (v === undefined || v === null) return undefined;
  const hosts = new Map<string, string[]>();
  if (isDict(v)) {
    for (const [host, ips] of Object.entries(v)) hosts.set(host, Array.isArray(ips) ? ips.map(scalarText) : [ips === null ? '' : scalarText(ips)]);
  } else if (Array.isArray(v)) {
    for (const e of v) {
      const text = scalarText(e);
      const sep = text.includes('=') ? '=' : text.includes(':') ? ':' : undefined;
      if (sep === undefined) throw new DecodeError(name, `invalid additional host, missing IP: ${text}`);
      const at = text.indexOf(sep);
      const host = text.slice(0, at);
      hosts.set(host, [...(hosts.get(host) ?? []), ...text.slice(at + 1).split(',')]);
    }
  } else throw new DecodeError(name, `unexpected value type ${goType(v)} for extra_hosts`);
  const out: Record<string, readonly string[]> = {};
  for (const [host, ips] of hosts) {
    if (host === '' || /[:=]/.test(host)) throw new DecodeError(name, `bad host name '${host}'`);
    setKey<readonly string[]>(out, host, ips.map((ip) => (ip.length > 2 && ip.startsWith('[') && ip.endsWith(']') ? ip.slice(1, -1) : ip)));
  }
  return out;
}

/** The entries of `dict` whose keys are not in `known` and do not start with `x-`, or undefined if none. */
export function leftovers(dict: Dict, known: ReadonlySet<string>): Readonly<Record<string, Json>> | undefined {
  const out: Dict = {};
  for (const [k, v] of Object.entries(dict)) if (!known.has(k) && !k.startsWith('x-')) setKey(out, k, v);
  return Object.keys(out).length > 0 ? out : undefined;
}

/** The `x-*` entries of `dict`, or undefined if none. */
export function extensionsOf(dict: Dict): Readonly<Record<string, Json>> | undefined {
  const out: Dict = {};
  for (const [k, v] of Object.entries(dict)) if (k.startsWith('x-')) setKey(out, k, v);
  return Object.keys(out).length > 0 ? out : undefined;
}
