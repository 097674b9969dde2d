/**
 * @module
 * docker/cli's `inspect.Inspect`, shared by every inspect command: each reference is looked up in
 * turn, the objects found are printed together (a JSON array, or the `--format` template once per
 * object), then the lookup and template errors, one per line, with exit status 1. A template
 * that does not parse is exit 64 before any lookup.
 */
import { StatusError, errorText } from '../errors.js';
import { inspectOutput } from '../format/inspect.js';
import { GoTemplate } from '../template/template.js';
import { TemplateParseError } from '../template/parse.js';
import type { DockerCli } from '../invocation.js';

/** Looks `ref` up; rejects with the error to report. */
export type InspectLookup = (ref: string) => Promise<unknown>;

/** Inspects `refs` with `lookup` and prints them in `format`. */
export async function inspectEach(cli: DockerCli, refs: readonly string[], format: string, lookup: InspectLookup): Promise<void> {
  if (format !== '' && format !== 'json') {
    try {
      GoTemplate.parse(format);
    } catch (e) {
      if (e instanceof TemplateParseError) throw new StatusError(`template parsing error: ${e.message}`, 64);
      throw e;
    }
  }
  const found: unknown[] = [];
  const errors: string[] = [];
  for (const ref of refs) {
    try {
      found.push(await lookup(ref));
    } catch (error) {
      errors.push(errorText(error));
    }
  }
  const { stdout, errors: templateErrors } = inspectOutput(found, format);
  cli.out.write(stdout);
  const all = [...errors, ...templateErrors];
  if (all.length > 0) throw new StatusError(all.join('\n'), 1);
}
