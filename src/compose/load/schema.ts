/**
 * @module
 * Validation of a compose document against the Compose Specification JSON schema (draft-07, with
 * ajv), reported as compose-go does: the most specific failure only (deepest instance location,
 * an unknown key counting one deeper), worded like santhosh-tekuri/jsonschema with compose's
 * overrides (`services.web.ports must be a array`, `services.web additional properties 'foo' not
 * allowed`). See https://github.com/compose-spec/compose-spec/blob/main/schema/compose-spec.json.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { describe, type Failure, location } from './schema-messages.js';
import type { Json } from '../../core/serialize.js';
import specification from './compose-spec.json' with { type: 'json' };

let compiled: ValidateFunction | undefined;

/** The compiled schema, built once (compiling costs milliseconds, validating microseconds). */
function validator(): ValidateFunction {
  if (compiled === undefined) {
    // ajv knows draft-07 as `http://…/schema#`; the spec's `$schema` spelling is dropped, not needed
    const { $schema: _draft, ...schema } = specification as Record<string, unknown>;
    // the schema is known good: skip checking it, and skip code optimization (halves the compile time)
    compiled = new Ajv({ allErrors: true, strict: false, validateSchema: false, code: { optimize: false } }).compile(schema);
  }
  return compiled!;
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
