/**
 * @module
 * `docker inspect` output (docker/cli `inspect/inspector.go`): without `--format` a JSON array
 * indented by four spaces (`[]` when nothing matched); `--format json` a compact array; a
 * template runs over each object, one line each — on raw JSON with `missingkey=error`, as
 * docker's fallback does (`map has no entry for key "Foo"`); parse errors exit 64.
 */
import { StatusError } from '../errors.js';
import { TemplateExecError } from '../template/exec.js';
import { TemplateParseError } from '../template/parse.js';
import { GoTemplate } from '../template/template.js';
import { goJson } from './go-json.js';

/** What an inspect command prints, and the per-object errors it collected. */
export interface InspectOutput {
  readonly stdout: string;
  /** Template errors, one per object that failed (`template parsing error: …`). */
  readonly errors: readonly string[];
}

/** Renders inspected objects (wire-shaped records) as `docker inspect [-f FORMAT]` does. */
export function inspectOutput(objects: readonly unknown[], format = ''): InspectOutput {
  if (format === '') return { stdout: objects.length === 0 ? '[]\n' : `${goJson(objects, { indent: '    ' })}\n`, errors: [] };
  if (format === 'json') return { stdout: `${goJson(objects)}\n`, errors: [] };
  let tmpl: GoTemplate;
  try {
    tmpl = GoTemplate.parse(format);
  } catch (e) {
    if (e instanceof TemplateParseError) throw new StatusError(`template parsing error: ${e.message}`, 64);
    throw e;
  }
  let out = '';
  const errors: string[] = [];
  for (const obj of objects) {
    try {
      out += `${tmpl.execute(obj, { missingKey: 'error' })}\n`;
    } catch (e) {
      if (!(e instanceof TemplateExecError)) throw e;
      errors.push(`template parsing error: ${e.message}`);
    }
  }
  return { stdout: out === '' ? '\n' : out, errors };
}
