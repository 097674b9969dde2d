/**
 * @module
 * Durations as `sleep` (and `timeout`) read them: decimal seconds with an optional suffix `s`,
 * `m`, `h` or `d`, several arguments adding up, `inf`/`infinity` for ever.
 */

/** Milliseconds of `args`, Infinity for `inf`, or the first argument that is not a duration. */
export function parseDuration(args: readonly string[]): number | { readonly invalid: string } {
  let total = 0;
  for (const a of args) {
    if (/^inf(inity)?$/i.test(a)) return Infinity;
    const m = /^(\d+\.?\d*|\.\d+)([smhd]?)$/.exec(a);
    if (!m) return { invalid: a };
    const unit = m[2] === 'm' ? 60 : m[2] === 'h' ? 3600 : m[2] === 'd' ? 86400 : 1;
    total += Number(m[1]) * unit * 1000;
  }
  return Math.round(total);
}
