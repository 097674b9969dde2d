/**
 * @module
 * Compose's variable substitution (compose-go `template`): `$VAR`, `${VAR}`, `${VAR:-default}`,
 * `${VAR-default}`, `${VAR:?error}`, `${VAR?error}`, `${VAR:+replacement}`, `${VAR+replacement}`,
 * `$$` for a literal `$`, nested references in defaults. Ported from its regular expression and
 * brace matching, quirks included, so the same files give the same values and the same errors.
 * See https://docs.docker.com/reference/compose-file/interpolation/.
 */
import { requiredVariableMissing } from '../../core/messages/compose.js';

/** Looks a variable up: its value, or `undefined` when unset (distinct from empty). */
export type Lookup = (name: string) => string | undefined;

/** A `${` that does not start a valid reference; compose reports the template it was found in. */
export class InvalidTemplateError extends Error {
  /** The (innermost) string holding the bad reference. */
  template: string | undefined;
}

/** `${VAR?err}` on an unset variable (or `${VAR:?err}` on an empty one). */
export class MissingRequiredError extends Error {}

/** compose-go's `DefaultPattern`: `$$`, `$name`, `${name…}` or an invalid `${`. */
const PATTERN = /\$(?:(\$)|([_a-z][_a-z0-9]*)|\{(?:([_a-z][_a-z0-9]*(?::?[-+?](.*))?)\}|()))/gi;
const OPERATORS = [':?', '?', ':-', '-', ':+', '+'] as const;
type Operator = (typeof OPERATORS)[number];

/** The operator appearing first in the template, as compose-go's sort picks it. */
function firstOperator(template: string): Operator {
  let best: Operator = OPERATORS[0];
  let bestIndex = Infinity;
  for (const op of OPERATORS) {
    const i = template.indexOf(op);
    if (i >= 0 && i < bestIndex) {
      best = op;
      bestIndex = i;
    }
  }
  return best;
}

/** Index of the `}` closing the first `{`, skipping the character after each `{` as compose-go does. */
function closingBrace(s: string): number {
  let open = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '}') {
      open--;
      if (open === 0) return i;
    }
    if (s[i] === '{') {
      open++;
      i++;
    }
  }
  return -1;
}

function partition(s: string, sep: string): [string, string] {
  const i = s.indexOf(sep);
  return i < 0 ? [s, ''] : [s.slice(0, i), s.slice(i + sep.length)];
}

/** Applies one operator; `undefined` when the substitution has no such operator. */
function apply(op: Operator, substitution: string, lookup: Lookup, unset: (name: string) => void): string | undefined {
  if (!substitution.includes(op)) return undefined;
  const [name, rest] = partition(substitution, op);
  const value = lookup(name);
  const colon = op.startsWith(':');
  switch (op[op.length - 1]) {
    case '?':
      if (value === undefined || (colon && value === '')) throw new MissingRequiredError(requiredVariableMissing(name, substitute(rest, lookup, unset)));
      return value;
    case '-':
      return value === undefined || (colon && value === '') ? substitute(rest, lookup, unset) : value;
    default:
      return value !== undefined && (!colon || value !== '') ? substitute(rest, lookup, unset) : (value ?? '');
  }
}

function replace(match: string, lookup: Lookup, unset: (name: string) => void): string {
  const op = firstOperator(match);
  const close = closingBrace(match);
  const rest = close >= 0 ? match.slice(close + 1) : '';
  const head = close >= 0 ? match.slice(0, close + 1) : match;
  const m = new RegExp(PATTERN.source, 'i').exec(head);
  if (m === null) throw new InvalidTemplateError();
  if (m[1] !== undefined) return '$';
  const braced = m[2] === undefined;
  const name = m[2] ?? m[3];
  if (name === undefined || name === '') throw new InvalidTemplateError();
  if (braced) {
    const value = apply(op, name, lookup, unset);
    if (value !== undefined) return value + substitute(rest, lookup, unset);
  }
  const value = lookup(name);
  if (value === undefined) unset(name);
  return value ?? '';
}

/**
 * Substitutes variables in `template`. `unset` is told of each plain reference to an unset
 * variable (compose warns `The "X" variable is not set. Defaulting to a blank string.`).
 * Throws {@link InvalidTemplateError} or {@link MissingRequiredError}.
 */
export function substitute(template: string, lookup: Lookup, unset: (name: string) => void = () => {}): string {
  let error: Error | undefined;
  const out = template.replace(PATTERN, (match) => {
    try {
      return replace(match, lookup, unset);
    } catch (e) {
      if (e instanceof InvalidTemplateError) e.template ??= template;
      error ??= e as Error;
      return '';
    }
  });
  if (error !== undefined) throw error;
  return out;
}

/** The escape `docker compose config` applies to its output: every `$` doubled. */
export const escapeDollars = (text: string): string => text.replaceAll('$', '$$$$');
