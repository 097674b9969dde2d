/**
 * @module
 * Validation of a compose document against the Compose Specification JSON schema (draft-07, with
 * ajv), reported as compose-go does: the most specific failure only (deepest instance location,
 * an unknown key counting one deeper), worded like santhosh-tekuri/jsonschema with compose's
 * overrides (`services.web.ports must be a array`, `services.web additional properties 'foo' not
 * allowed`). See https://github.com/compose-spec/compose-spec/blob/main/schema/compose-spec.json.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { Json } from '../../core/serialize.js';
import { goQuote } from '../go/format.js';
import specification from './compose-spec.json' with { type: 'json' };

let compiled: ValidateFunction | undefined;

/** The compiled schema, built once (compiling costs milliseconds, validating microseconds). */
function validator(): ValidateFunction {
  if (compiled === undefined) {
    // ajv knows draft-07 as `http://…/schema#`; the spec's `$schema` spelling is dropped, not needed
    const { $schema: _draft, ...schema } = specification as Record<string, unknown>;
    compiled = new Ajv({ allErrors: true, strict: false }).compile(schema);
  }
  return compiled!;
}

/** The jsonschema library's `quote`: Go-quoted, then shown in single quotes. */
const quote = (s: string): string => `'${goQuote(s).slice(1, -1).replaceAll('\\"', '"').replaceAll("'", "\\'")}'`;
const display = (v: unknown): string => (typeof v === 'string' ? quote(v) : typeof v === 'object' && v !== null ? 'value' : String(v));

/** compose-go's `humanReadableType`: `object` reads `mapping`, alternatives sorted and joined. */
function humanType(types: readonly string[]): string {
  const names = types.map((t) => (t === 'object' ? 'mapping' : t)).sort();
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

interface Failure {
  readonly location: readonly string[];
  readonly specificity: number;
  readonly text: string;
}

const location = (e: ErrorObject): string[] =>
  e.instancePath === '' ? [] : e.instancePath.slice(1).split('/').map((p) => p.replaceAll('~1', '/').replaceAll('~0', '~'));

/** The text after the location, or `undefined` for combinator errors whose causes speak instead. */
function describe(e: ErrorObject, group: readonly ErrorObject[]): string | undefined {
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

/** Validates a document; returns compose's message for its most specific failure, or `undefined`. */
export function schemaViolation(document: Json): string | undefined {
  const validate = validator();
  if (validate(document)) return undefined;
  const errors = validate.errors ?? [];
  const failures: Failure[] = [];
  const grouped = new Set<string>();
  for (const e of errors) {
    const where = location(e);
    let group: ErrorObject[] = [e];
    if (e.keyword === 'additionalProperties' || e.keyword === 'required') {
      const id = `${e.keyword}\u0000${e.instancePath}\u0000${e.schemaPath}`;
      if (grouped.has(id)) continue;
      grouped.add(id);
      group = errors.filter((g) => g.keyword === e.keyword && g.instancePath === e.instancePath && g.schemaPath === e.schemaPath);
    }
    const text = describe(e, group);
    if (text === undefined) continue;
    const extra = e.keyword === 'additionalProperties' ? 1 : 0;
    failures.push({ location: where, specificity: where.length + extra, text });
  }
  // the jsonschema library lists a child's failures before its parent's unknown keys; on a tie
  // compose keeps the first, so an unknown key loses to an equally deep failure
  const ordered = [...failures.filter((f) => !f.text.startsWith('additional properties')), ...failures.filter((f) => f.text.startsWith('additional properties'))];
  let best: Failure | undefined;
  for (const f of ordered) if (best === undefined || f.specificity > best.specificity) best = f;
  if (best === undefined) return 'jsonschema validation failed';
  return `${best.location.join('.')} ${best.text}`;
}
