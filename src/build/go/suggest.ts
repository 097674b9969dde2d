/**
 * @module
 * BuildKit's "did you mean" suggestions (`util/suggest`): an option within Levenshtein distance 2
 * of a misspelt value is appended to the error, as in
 * `unknown instruction: RUNN (did you mean RUN?)` or `unknown flag: --chmown (did you mean chown?)`.
 * Go walks the options in map order (random on ties); we walk them in the order given.
 */

/** Levenshtein distance over code points, unit costs. */
export function levenshtein(a: string, b: string): number {
  const s = Array.from(a);
  const t = Array.from(b);
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const row = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost));
    }
    prev = row;
  }
  return prev[t.length]!;
}

function matchCase(value: string, original: string): string {
  if (original === original.toLowerCase()) return value.toLowerCase();
  if (original === original.toUpperCase()) return value.toUpperCase();
  return value;
}

/** The closest option to `value` (distance < 3), or undefined; an exact match means no suggestion. */
export function suggest(value: string, options: readonly string[], caseSensitive: boolean): string | undefined {
  const needle = caseSensitive ? value : value.toLowerCase();
  let best: string | undefined;
  let min = 3;
  for (const option of options) {
    const candidate = caseSensitive ? option : option.toLowerCase();
    if (candidate === needle) return undefined;
    const d = levenshtein(needle, candidate);
    if (d < min) {
      best = caseSensitive ? candidate : matchCase(candidate, value);
      min = d;
    }
  }
  return best;
}

/** `message` with ` (did you mean X?)` appended when an option is close to `value`. */
export function withSuggestion(message: string, value: string, options: readonly string[], caseSensitive: boolean): string {
  const match = suggest(value, options, caseSensitive);
  return match === undefined ? message : `${message} (did you mean ${match}?)`;
}
