/**
 * The project's copy of the shared reference material and conformance corpora (test/fixtures/shared),
 * vendored verbatim from ../shared so a clean clone tests without it; test/shared-copy.test.ts
 * keeps the copy identical to ../shared wherever that folder exists.
 */
import { join } from 'node:path';

/** Root of the vendored copy. */
export const SHARED = join(import.meta.dirname, '..', 'fixtures', 'shared');

/** A path inside the vendored copy (`sharedPath('reference', 'engine-api-v1.50.yaml')`). */
export function sharedPath(...parts: string[]): string {
  return join(SHARED, ...parts);
}
