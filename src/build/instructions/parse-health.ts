/**
 * @module
 * HEALTHCHECK (BuildKit `parseHealthcheck`): `NONE`, or `CMD` with `--interval`, `--timeout`,
 * `--start-period`, `--start-interval` (Go durations, at least 1ms unless 0) and `--retries`
 * (not negative). Shell form becomes `CMD-SHELL`. See
 * https://docs.docker.com/reference/dockerfile/#healthcheck.
 */
import {
  atLeastOneArgument,
  healthcheckMissingCommand,
  healthcheckNoneArguments,
  healthcheckUnknownType,
  intervalTooShort,
  invalidFlagValue,
  negativeRetries,
} from '../../core/messages/index.js';
import { DurationError, parseGoDuration } from '../go/duration.js';
import { goQuote } from '../go/quote.js';
import type { InstructionFlags } from './flags.js';
import type { ParseRequest } from './request.js';
import { sourceOf } from './request.js';
import type { HealthcheckInstruction } from './types.js';

const MILLISECOND = 1_000_000;

function interval(flags: InstructionFlags, name: string): number {
  const text = flags.value(name);
  if (text === '') return 0;
  let ns: number;
  try {
    ns = parseGoDuration(text);
  } catch (e) {
    if (e instanceof DurationError) throw invalidFlagValue(e.message);
    throw e;
  }
  if (ns === 0) return 0;
  if (ns < MILLISECOND) throw intervalTooShort(goQuote(name));
  return ns;
}

function retries(flags: InstructionFlags): number {
  const text = flags.value('retries');
  if (text === '') return 0;
  // strconv.ParseInt(text, 10, 32): optional sign, decimal digits, 32-bit range.
  if (!/^[+-]?[0-9]+$/.test(text)) throw invalidFlagValue(`strconv.ParseInt: parsing ${goQuote(text)}: invalid syntax`);
  const n = Number(text);
  if (n > 2 ** 31 - 1 || n < -(2 ** 31)) throw invalidFlagValue(`strconv.ParseInt: parsing ${goQuote(text)}: value out of range`);
  if (n < 0) throw negativeRetries(String(n));
  return n;
}

/** `HEALTHCHECK`. */
export function parseHealthcheck(req: ParseRequest): HealthcheckInstruction {
  if (req.args.length === 0) throw atLeastOneArgument('HEALTHCHECK');
  const type = req.args[0]!.toUpperCase();
  const args = req.args.slice(1);
  const base = { instruction: 'HEALTHCHECK' as const, ...sourceOf(req) };
  if (type === 'NONE') {
    // NONE ignores flags altogether, as Docker does.
    if (args.length !== 0) throw healthcheckNoneArguments();
    return { ...base, health: { Test: ['NONE'], Interval: 0, Timeout: 0, StartPeriod: 0, StartInterval: 0, Retries: 0 } };
  }
  const f = req.flags.string('interval').string('timeout').string('start-period').string('start-interval').string('retries').parse();
  if (type !== 'CMD') throw healthcheckUnknownType(goQuote(type));
  const cmd = args.length === 0 ? [] : req.json ? args : [args.join(' ')];
  if (cmd.length === 0) throw healthcheckMissingCommand();
  return {
    ...base,
    health: {
      Test: [req.json ? 'CMD' : 'CMD-SHELL', ...cmd],
      Interval: interval(f, 'interval'),
      Timeout: interval(f, 'timeout'),
      StartPeriod: interval(f, 'start-period'),
      StartInterval: interval(f, 'start-interval'),
      Retries: retries(f),
    },
  };
}
