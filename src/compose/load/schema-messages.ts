/**
 * @module
 * The wording of schema violations as compose prints them: santhosh-tekuri/jsonschema's texts
 * (`additional properties 'x' not allowed`, `value must be one of …`) with compose-go's own for
 * types (`must be a mapping`) and bounds (`must be greater than or equal to 0`), from ajv errors.
 */
import type { ErrorObject } from 'ajv';
import { goQuote } from '../go/format.js';

/** The jsonschema library's `quote`: Go-quoted, then shown in single quotes. */
export const quote = (s: string): string => `'${goQuote(s).slice(1, -1).replaceAll('\\"', '"').replaceAll("'", "\\'")}'`;
const display = (v: unknown): string => (typeof v === 'string' ? quote(v) : typeof v === 'object' && v !== null ? 'value' : String(v));

/** compose-go's `humanReadableType`: `object` reads `mapping`, alternatives sorted and joined. */
export function humanType(types: readonly string[]): string {
  const names = types.map((t) => (t === 'object' ? 'mapping' : t)).sort();
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

/** A failure reduced to what compose reports: where, how specific, what. */
export interface Failure {
  readonly location: readonly string[];
  readonly specificity: number;
  readonly text: string;
}

/** The instance location of an ajv error, as path parts. */
export const location = (e: ErrorObject): string[] =>
  e.instancePath === '' ? [] : e.instancePath.slice(1).split('/').map((p) => p.replaceAll('~1', '/').replaceAll('~0', '~'));

/** The text after the location, or `undefined` for combinator errors whose causes speak instead. */
export function describe(e: ErrorObject, group: readonly ErrorObject[]): string | undefined {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'type':
      return `must be a ${humanType(String(p.type).split(','))}`;
    case 'minimum':
      return `must be greater than or equal to ${String(p.limit)}`;
    case 'maximum':
      return `must be less than or equal to ${String(p.limit)}`;
    case 'additionalProperties':
      return `additional properties ${group.map((g) => quote(String((g.params as { additionalProperty: string }).additionalProperty))).join(', ')} not allowed`;
    case 'required': {
      const missing = group.map((g) => String((g.params as { missingProperty: string }).missingProperty));
      return missing.length === 1 ? `missing property ${quote(missing[0]!)}` : `missing properties ${missing.map(quote).join(', ')}`;
    }
    case 'enum': {
      const allowed = p.allowedValues as unknown[];
      return allowed.length === 1 ? `value must be ${display(allowed[0])}` : `value must be one of ${allowed.map(display).join(', ')}`;
    }
    case 'const':
      return `value must be ${display(p.allowedValue)}`;
    case 'pattern':
      return `${quote(String(e.data))} does not match pattern ${quote(String(p.pattern))}`;
    case 'uniqueItems':
      return `items at ${Math.min(Number(p.i), Number(p.j))} and ${Math.max(Number(p.i), Number(p.j))} are equal`;
    case 'minItems':
    case 'maxItems':
    case 'minLength':
    case 'maxLength':
    case 'minProperties':
    case 'maxProperties':
      return `${e.keyword}: got ${Array.isArray(e.data) ? e.data.length : typeof e.data === 'string' ? e.data.length : Object.keys(e.data as object).length}, want ${String(p.limit)}`;
    case 'oneOf':
      return Array.isArray(p.passingSchemas) ? `oneOf failed, subschemas ${(p.passingSchemas as number[]).join(', ')} matched` : undefined;
    case 'not':
      return 'not failed';
    case 'false schema':
      return 'false schema';
    default:
      return undefined;
  }
}
