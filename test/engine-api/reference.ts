/**
 * The reference material, from the project's vendored copy of ../shared (see test/helpers/shared.ts).
 */
import { sharedPath } from '../helpers/shared.js';

/** The path of a reference file. */
export function referenceFile(name: string): string {
  return sharedPath('reference', name);
}
