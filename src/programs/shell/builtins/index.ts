/**
 * @module
 * The builtins of each shell: the POSIX set everywhere; busybox ash adds `[[`, `let`, `local`,
 * and `source`; bash adds `[[` (as a keyword), `declare`, `let`, `local`,
 * `source` and `builtin`; dash has `local` but neither `source` nor `let`.
 */
import type { Builtin } from '../builtin.js';
import type { Flavour } from '../flavour.js';
import { DIRS } from './dirs.js';
import { FLOW } from './flow.js';
import { ASH_TEST2, IO } from './io.js';
import { JOBS } from './jobs.js';
import { BASH_LOOKUP, LOOKUP } from './lookup.js';
import { MISC } from './misc.js';
import { VARS } from './vars.js';

const DASH_LACKS = new Set(['source', 'let', 'declare', 'typeset', 'chdir']);
const ASH_LACKS = new Set(['declare', 'typeset']);

/** The builtin table of a shell flavour. */
export function builtinsFor(flavour: Flavour): ReadonlyMap<string, Builtin> {
  const all: { [name: string]: Builtin } = { ...FLOW, ...VARS, ...DIRS, ...IO, ...LOOKUP, ...JOBS, ...MISC };
  if (flavour.name === 'ash') Object.assign(all, ASH_TEST2, { local: { ...VARS['local']!, special: true } });
  if (flavour.name === 'bash') Object.assign(all, BASH_LOOKUP);
  const lacks = flavour.name === 'dash' ? DASH_LACKS : flavour.name === 'ash' ? ASH_LACKS : new Set<string>(['chdir']);
  return new Map(Object.entries(all).filter(([name]) => !lacks.has(name)));
}
