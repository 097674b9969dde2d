/**
 * @module
 * `docker context inspect` (docker CLI 28.2): its grammar, and the handler printing contexts'
 * metadata.
 */
import { flag } from '../../grammar/flag.js';
import { INSPECT_FORMAT_HELP } from '../format-help.js';
import { StatusError } from '../../errors.js';
import { inspectOutput } from '../../format/inspect.js';
import { goJson } from '../../format/go-json.js';
import type { DockerCommand, Invocation } from '../../invocation.js';

/** A context's metadata as `docker context inspect` shows it (simulated contexts are in memory). */
function contextMetadata(name: string, description: string, endpoint: string): unknown {
  return {
    Name: name,
    Metadata: name === 'default' ? {} : { Description: description },
    Endpoints: { docker: { Host: endpoint, SkipTLSVerify: false } },
    TLSMaterial: {},
    Storage: { MetadataPath: '<IN MEMORY>', TLSPath: '<IN MEMORY>' },
  };
}

/** `docker context inspect [NAME...]` (the current context when none is named). */
async function runInspect({ cli, args, flags }: Invocation): Promise<void> {
  const found: unknown[] = [];
  const errors: string[] = [];
  for (const name of args.length > 0 ? args : [cli.contextName]) {
    try {
      const c = cli.context(name);
      found.push(contextMetadata(c.name, c.description, c.endpoint));
    } catch (e) {
      errors.push((e as Error).message);
    }
  }
  const format = flags.string('format');
  // docker marshals contexts with Go's default HTML escaping (`\u003cIN MEMORY\u003e`).
  const out = format === '' ? { stdout: found.length === 0 ? '[]\n' : `${goJson(found, { indent: '    ', escapeHTML: true })}\n`, errors: [] } : inspectOutput(found, format);
  cli.out.write(out.stdout);
  const all = [...errors, ...out.errors];
  if (all.length > 0) throw new StatusError(all.join('\n'), 1);
}

/** `docker context inspect`: Display detailed information on one or more contexts */
export const inspectCommand: DockerCommand = {
  use: 'inspect [OPTIONS] [CONTEXT] [CONTEXT...]',
  short: 'Display detailed information on one or more contexts',
  flags: [
    flag.string('format', 'f', INSPECT_FORMAT_HELP),
  ],
  run: runInspect,
};
