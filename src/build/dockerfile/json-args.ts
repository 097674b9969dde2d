/**
 * @module
 * The JSON (exec) form of an instruction's arguments: `["executable", "arg"]`. A line that starts
 * with `[` and is a JSON array of strings is exec form; any other JSON (or no JSON) falls back to
 * shell form, except an array with a non-string element, which is an error (BuildKit
 * `parseJSON`). See https://docs.docker.com/reference/dockerfile/#shell-and-exec-form.
 */
import { jsonArrayNotStrings } from '../../core/messages/index.js';
import { trimLeftSpace } from '../go/unicode.js';

/** The strings of a JSON array, or undefined when `rest` is not a JSON array; throws on non-strings. */
export function parseJsonArray(rest: string): string[] | undefined {
  const text = trimLeftSpace(rest);
  if (!text.startsWith('[')) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!Array.isArray(value)) return undefined;
  const out: string[] = [];
  for (const item of value as unknown[]) {
    if (typeof item !== 'string') throw jsonArrayNotStrings();
    out.push(item);
  }
  return out;
}
