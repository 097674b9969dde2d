/**
 * @module
 * The options `docker stop` and `docker restart` share: `-s` and `-t` (or the deprecated
 * `--time`, which conflicts with `--timeout`), sent only when given so the daemon applies the
 * container's own stop signal and timeout otherwise.
 */
import type { ContainerStopOptions } from '../../../container/service.js';
import type { ParsedFlags } from '../../grammar/parsed-flags.js';

/** The stop options of a parsed `stop` / `restart` command line. */
export function stopOptions(flags: ParsedFlags): ContainerStopOptions {
  if (flags.changed('time') && flags.changed('timeout')) throw new Error('conflicting options: cannot specify both --timeout and --time');
  const signal = flags.string('signal');
  const timed = flags.changed('timeout') || flags.changed('time');
  return { ...(signal !== '' ? { signal } : {}), ...(timed ? { timeout: flags.number('timeout') } : {}) };
}
