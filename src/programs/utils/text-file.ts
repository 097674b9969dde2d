/**
 * @module
 * Reading a small text file a program consults (a database, a version stamp, a configuration),
 * where a missing or unreadable file simply means "nothing there yet".
 */
import type { ProcessFs } from '../types.js';

/** The file's UTF-8 text, or `''` when it cannot be read. */
export function readText(fs: ProcessFs, path: string): string {
  try {
    return new TextDecoder().decode(fs.readFile(path));
  } catch {
    return '';
  }
}
