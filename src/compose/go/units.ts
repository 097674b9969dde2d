/**
 * @module
 * docker/go-units `RAMInBytes`, which Compose uses for `mem_limit`, `shm_size`,
 * `deploy.resources.limits.memory` and friends: `512m`, `1.5GB`, `2g`, `1024` (binary multiples,
 * case-insensitive, `b` and `i` optional).
 */

const SIZE = /^(\d+(\.\d+)*) ?([kmgtp])?i?b?$/i;
const MULTIPLIERS: Readonly<Record<string, number>> = { k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4, p: 1024 ** 5 };

/** Bytes in a human-readable RAM size; throws `invalid size: '<text>'`. */
export function ramInBytes(text: string): number {
  if (/^[-+]?[0-9]+$/.test(text)) return Number(text);
  const m = SIZE.exec(text);
  if (m === null) throw new Error(`invalid size: '${text}'`);
  const size = Number.parseFloat(m[1]!) * (m[3] === undefined ? 1 : MULTIPLIERS[m[3].toLowerCase()]!);
  return Math.trunc(size);
}
