/**
 * @module
 * Detach keys (`docker attach --detach-keys`, moby `term.ToBytes` and `copyEscapable`): a
 * comma-separated key sequence (`ctrl-p,ctrl-q`, the default) that, typed into the stdin of a
 * TTY attachment, detaches the client — the connection ends, the container keeps running and its
 * stdin stays open for the next client.
 */
import { DockerError } from '../core/errors.js';

/** `ctrl-@` … `ctrl-_`: the control character codes 0 to 31. */
const CONTROL = ['@', ...'abcdefghijklmnopqrstuvwxyz', '[', '\\', ']', '^', '_'].map((c) => `ctrl-${c}`);

/** The daemon's default detach sequence: ctrl-p, ctrl-q. */
export const DEFAULT_DETACH_KEYS: readonly number[] = [16, 17];

/** Parses a detach-key sequence; an empty one is the default. */
export function parseDetachKeys(text: string): readonly number[] {
  if (text === '') return DEFAULT_DETACH_KEYS;
  const codes: number[] = [];
  for (const key of text.split(',')) {
    if (key.length === 1) codes.push(key.charCodeAt(0));
    else if (CONTROL.includes(key)) codes.push(CONTROL.indexOf(key));
    else if (key === 'DEL') codes.push(127);
    else throw new DockerError('InvalidParameter', `Invalid detach keys (${text}) provided`);
  }
  return codes;
}

/**
 * Copies stdin through, watching for the detach sequence as moby's `copyEscapable` does: bytes
 * that start a sequence are held back until it either completes (detach: `true`) or breaks off
 * (they are sent after all). Returns false when the input simply ended.
 */
export async function copyEscapable(input: AsyncIterable<Uint8Array>, keys: readonly number[], write: (bytes: Uint8Array) => void): Promise<boolean> {
  let matched = 0;
  for await (const chunk of input) {
    const out: number[] = [];
    for (const byte of chunk) {
      if (byte === keys[matched]) {
        matched++;
        if (matched === keys.length) {
          if (out.length > 0) write(Uint8Array.from(out));
          return true;
        }
        continue;
      }
      out.push(...keys.slice(0, matched));
      matched = byte === keys[0] ? 1 : 0;
      if (matched === 0) out.push(byte);
    }
    if (out.length > 0) write(Uint8Array.from(out));
  }
  return false;
}
