/**
 * @module
 * The short syntax of a service volume (`./src:/app:ro`, `data:/var/lib/mysql`, `/cache`), parsed
 * as compose-go's `format.ParseVolume`: `source:target[:options]`, a source starting with `.`,
 * `/` or `~` (or a Windows drive) being a bind mount, anything else a named volume, one path alone
 * an anonymous volume. See https://docs.docker.com/reference/compose-file/services/#short-syntax-5.
 */
import type { Dict } from './dict.js';

/** A parsed short volume spec, in the long syntax's field names. */
export interface VolumeSpec {
  type: 'bind' | 'volume';
  source?: string;
  target?: string;
  read_only?: boolean;
  bind?: { propagation?: string; selinux?: string; create_host_path?: boolean };
  volume?: { nocopy?: boolean };
}

/** A malformed short volume spec. */
export class VolumeSpecError extends Error {}

const PROPAGATIONS = new Set(['rprivate', 'private', 'rshared', 'shared', 'rslave', 'slave']);

const isLetter = (c: string | undefined): boolean => c !== undefined && /\p{L}/u.test(c);
const isWindowsDrive = (buffer: string, c: string): boolean => c === ':' && [...buffer].length === 1 && isLetter(buffer);

function isFilePath(source: string | undefined): boolean {
  if (source === undefined || source === '') return false;
  if ('./~'.includes(source[0]!)) return true;
  if (source.startsWith('\\\\')) return true;
  const [first, second] = [...source];
  return second !== undefined && isWindowsDrive(first!, second);
}

function applyOptions(spec: VolumeSpec, options: string): void {
  for (const option of options.split(',')) {
    if (option === 'ro') spec.read_only = true;
    else if (option === 'rw') spec.read_only = false;
    else if (option === 'nocopy') spec.volume = { nocopy: true };
    else if (PROPAGATIONS.has(option)) spec.bind = { ...spec.bind, propagation: option };
    else if (option === 'z' || option === 'Z') spec.bind = { ...spec.bind, selinux: option };
    // compose ignores options it does not know
  }
}

function settle(spec: VolumeSpec): VolumeSpec {
  if (isFilePath(spec.source)) {
    spec.type = 'bind';
    // short syntax binds create the missing host path, as docker-compose v1 did
    spec.bind = { ...spec.bind, create_host_path: true };
  } else {
    spec.type = 'volume';
    spec.volume ??= {};
  }
  return spec;
}

/** Parses a short volume spec. Throws {@link VolumeSpecError} with compose's message. */
export function parseVolumeSpec(text: string): VolumeSpec {
  const spec: VolumeSpec = { type: 'volume' };
  const chars = [...text];
  if (text.length === 0) throw new VolumeSpecError('invalid empty volume spec');
  if (text.length <= 2) return { type: 'volume', target: text };
  let buffer = '';
  let depth = 0;
  const END = '\u0000';
  for (let i = 0; i <= chars.length; i++) {
    const c = i < chars.length ? chars[i]! : END;
    if (c === '$' && chars[i + 1] === '{') {
      depth++;
      buffer += c;
      continue;
    }
    if (c === '}' && depth > 0) {
      depth--;
      buffer += c;
      continue;
    }
    if (isWindowsDrive(buffer, c)) buffer += c;
    else if ((c === ':' || c === END) && depth === 0) {
      try {
        if (buffer === '') throw new VolumeSpecError('empty section between colons');
        if (spec.source === undefined && c === END) spec.target = buffer;
        else if (spec.source === undefined) spec.source = buffer;
        else if (spec.target === undefined) spec.target = buffer;
        else if (c === ':') throw new VolumeSpecError('too many colons');
        else applyOptions(spec, buffer);
      } catch (e) {
        throw new VolumeSpecError(`invalid spec: ${text}: ${(e as Error).message}`);
      }
      buffer = '';
    } else buffer += c;
  }
  return settle(spec);
}

/** The long-syntax mapping of a short spec, as compose-go encodes it (empty fields left out). */
export function volumeSpecToDict(spec: VolumeSpec): Dict {
  const out: Dict = { type: spec.type };
  if (spec.source !== undefined && spec.source !== '') out.source = spec.source;
  if (spec.target !== undefined && spec.target !== '') out.target = spec.target;
  if (spec.read_only === true) out.read_only = true;
  if (spec.bind !== undefined) out.bind = { ...spec.bind };
  if (spec.volume !== undefined) out.volume = { ...spec.volume };
  return out;
}
