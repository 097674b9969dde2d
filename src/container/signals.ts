/**
 * @module
 * Signal names as Docker parses them (moby/sys `signal.ParseSignal`): `TERM`, `SIGTERM`, `term`
 * or a number; 0 and unknown names are `invalid signal: <s>`. Used by `--stop-signal`, `docker
 * kill -s` and `docker stop -s`.
 */
import type { DockerError } from '../core/errors.js';
import { invalidSignal } from '../core/messages/containers.js';
import { SIGNALS, type SignalName } from '../programs/types.js';

const BY_NUMBER = new Map<number, SignalName>(Object.entries(SIGNALS).map(([name, n]) => [n, name as SignalName]));

/** The signal `text` names, or Docker's 400. */
export function parseSignal(text: string): SignalName | DockerError {
  if (/^-?\d+$/.test(text.trim())) {
    const n = Number(text.trim());
    return BY_NUMBER.get(n) ?? invalidSignal(text);
  }
  const upper = text.toUpperCase();
  const name = (upper.startsWith('SIG') ? upper : `SIG${upper}`) as SignalName;
  return name in SIGNALS ? name : invalidSignal(text);
}

/** The number of a signal (SIGKILL → 9). */
export function signalNumber(name: SignalName): number {
  return SIGNALS[name];
}
