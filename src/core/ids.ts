/**
 * @module
 * Docker's identifiers: 64-hex ids from 32 random bytes, redrawn when the 12-char short form is
 * all digits (it is used as a hostname and must not parse as a number; moby `stringid`).
 */
import { customRandom } from 'nanoid';
import type { Random } from './random.js';

const HEX = '0123456789abcdef';

/** A 64-character lowercase hex identifier. */
export type Id = string;

/** Makes an id generator drawing from `random`. */
export function idGenerator(random: Random): () => Id {
  const draw = customRandom(HEX, 64, (size) => random.bytes(size));
  return () => {
    for (;;) {
      const id = draw();
      if (!/^[0-9]{12}/.test(id)) return id;
    }
  };
}

/** The 12-character short form of an id, without any `sha256:` prefix (moby `TruncateID`). */
export function shortId(id: string): string {
  const colon = id.indexOf(':');
  const bare = colon >= 0 ? id.slice(colon + 1) : id;
  return bare.slice(0, 12);
}

/** True for a full 64-hex id. */
export function isFullId(text: string): boolean {
  return /^[0-9a-f]{64}$/.test(text);
}
