/**
 * @module
 * `set -x` traces: `+ cmd args` on stderr, each word quoted only when it needs it — busybox ash
 * quotes with `'…'` and `"'"`, bash with `'…'` and `\'`, and bash also quotes the empty word.
 */
import type { Flavour } from './flavour.js';

const KEYWORDS = new Set(['!', 'case', 'do', 'done', 'elif', 'else', 'esac', 'fi', 'for', 'function', 'if', 'in', 'then', 'until', 'while', '{', '}']);

/** True when `s` prints unchanged in a trace. */
function safe(s: string): boolean {
  return /^[+,\-./0-9:@A-Z\]^_a-z]*$/.test(s);
}

/** `s` quoted for a trace line as `flavour` prints it. */
export function traceQuote(s: string, flavour: Flavour): string {
  if (flavour.name === 'bash') {
    if (s === '') return "''";
    if (/^[A-Za-z0-9_./:=@%+,-]+$/.test(s) && !s.startsWith('=')) return s;
    return `'${s.replace(/'/g, "'\\''")}'`;
  }
  if (safe(s) && !KEYWORDS.has(s)) return s;
  return `'${s.replace(/'/g, `'"'"'`)}'`;
}

/** The trace line of a simple command (without PS4). */
export function traceLine(assignments: readonly (readonly [string, string])[], argv: readonly string[], flavour: Flavour): string {
  const words = [...assignments.map(([name, value]) => `${name}=${traceQuote(value, flavour)}`), ...argv.map((a) => traceQuote(a, flavour))];
  return words.join(' ');
}
