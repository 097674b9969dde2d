/**
 * @module
 * STOPSIGNAL validation as Docker does it (moby/sys `signal.ParseSignal`, Linux table): a
 * non-zero number, or a signal name with or without `SIG`, any case (`SIGTERM`, `term`,
 * `RTMIN+3`); anything else is `Invalid signal: X`.
 */
import { invalidArgument } from '../../core/messages/index.js';

const NAMES = new Set(
  [
    'ABRT ALRM BUS CHLD CLD CONT FPE HUP ILL INT IO IOT KILL PIPE POLL PROF PWR QUIT SEGV STKFLT STOP SYS TERM TRAP TSTP TTIN TTOU URG USR1 USR2 VTALRM WINCH XCPU XFSZ RTMIN RTMAX',
    ...Array.from({ length: 15 }, (_, i) => `RTMIN+${i + 1}`),
    ...Array.from({ length: 14 }, (_, i) => `RTMAX-${i + 1}`),
  ]
    .join(' ')
    .split(' '),
);

/** Throws `Invalid signal: X` unless `signal` names a Linux signal. */
export function validateStopSignal(signal: string): void {
  if (/^[+-]?\d+$/.test(signal)) {
    if (Number(signal) !== 0) return;
  } else {
    const upper = signal.toUpperCase();
    if (NAMES.has(upper.startsWith('SIG') ? upper.slice(3) : upper)) return;
  }
  throw invalidArgument(`Invalid signal: ${signal}`);
}
