/**
 * @module
 * `echo`: busybox, bash and GNU take `-n`, `-e`, `-E` (combinable, only as leading arguments)
 * and print escapes literally unless `-e`; dash's builtin takes only `-n` and always interprets
 * escapes (so `echo 'a\nb'` prints two lines under `/bin/sh` on Debian).
 */
import { unescape } from './escapes.js';

/** How an echo behaves. */
export type EchoStyle = 'standard' | 'dash';

/** The bytes `echo args` prints. */
export function echoText(args: readonly string[], style: EchoStyle = 'standard'): string {
  let newline = true;
  let escapes = style === 'dash';
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i]!;
    if (!/^-[neE]+$/.test(a) || (style === 'dash' && a !== '-n')) break;
    for (const flag of a.slice(1)) {
      if (flag === 'n') newline = false;
      else if (flag === 'e') escapes = true;
      else escapes = false;
    }
  }
  let out = '';
  for (let k = i; k < args.length; k++) {
    const text = escapes ? unescape(args[k]!, 'zero') : { text: args[k]!, stop: false };
    out += (k > i ? ' ' : '') + text.text;
    if (text.stop) return out;
  }
  return newline ? `${out}\n` : out;
}
