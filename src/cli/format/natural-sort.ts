/**
 * @module
 * fvbommel/sortorder's `NaturalLess`, the order docker lists networks, volumes and contexts in
 * (and orders the root help's "Common Commands"): digits before other characters, runs of digits
 * compared as numbers (`vol2` before `vol10`), everything else bytewise.
 */

const isDigit = (c: number) => c >= 48 && c <= 57;

/** True when `a` sorts before `b` in natural order. */
export function naturalLess(a: string, b: string): boolean {
  const s1 = new TextEncoder().encode(a);
  const s2 = new TextEncoder().encode(b);
  let i = 0;
  let j = 0;
  while (i < s1.length && j < s2.length) {
    const c1 = s1[i]!;
    const c2 = s2[j]!;
    const d1 = isDigit(c1);
    const d2 = isDigit(c2);
    if (d1 !== d2) return d1;
    if (!d1) {
      if (c1 !== c2) return c1 < c2;
      i++;
      j++;
      continue;
    }
    while (i < s1.length && s1[i] === 48) i++;
    while (j < s2.length && s2[j] === 48) j++;
    const n1 = i;
    const n2 = j;
    while (i < s1.length && isDigit(s1[i]!)) i++;
    while (j < s2.length && isDigit(s2[j]!)) j++;
    if (i - n1 !== j - n2) return i - n1 < j - n2;
    for (let k = 0; k < i - n1; k++) if (s1[n1 + k] !== s2[n2 + k]) return s1[n1 + k]! < s2[n2 + k]!;
    if (n1 !== n2) return n1 < n2;
  }
  return s1.length < s2.length;
}

/** A comparator for `Array.prototype.sort` in natural order of `key`. */
export function byNaturalName<T>(key: (item: T) => string): (x: T, y: T) => number {
  return (x, y) => (naturalLess(key(x), key(y)) ? -1 : naturalLess(key(y), key(x)) ? 1 : 0);
}
