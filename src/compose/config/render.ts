/**
 * @module
 * `docker compose config`: the loaded project in canonical form, as YAML (go-yaml, two-space
 * indentation) or JSON (two-space indented `encoding/json`, keys in Go's order), with every `$`
 * doubled so the output can be loaded again. See https://docs.docker.com/reference/cli/docker/compose/config/.
 */
import type { ComposeProject } from '../model/project.js';
import { emitYaml } from '../yaml/emit.js';
import { escapeDollars } from '../load/template.js';
import type { Json } from '../../core/serialize.js';
import { fromJson, toGoJson, toYaml } from './go-value.js';
import { marshalProject } from './marshal-project.js';

/** The output format of `config --format`. */
export type ConfigFormat = 'yaml' | 'json';

/** Indents compact JSON as `json.MarshalIndent(v, "", "  ")` does. */
function indentJson(compact: string): string {
  let out = '';
  let depth = 0;
  let inString = false;
  for (let i = 0; i < compact.length; i++) {
    const c = compact[i]!;
    if (inString) {
      out += c;
      if (c === '\\') out += compact[++i]!;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    if ((c === '{' || c === '[') && (compact[i + 1] === '}' || compact[i + 1] === ']')) {
      out += c + compact[++i]!;
      continue;
    }
    if (c === '{' || c === '[') out += `${c}\n${'  '.repeat(++depth)}`;
    else if (c === '}' || c === ']') out += `\n${'  '.repeat(--depth)}${c}`;
    else if (c === ',') out += `,\n${'  '.repeat(depth)}`;
    else if (c === ':') out += ': ';
    else out += c;
  }
  return out;
}

/** The text `docker compose config [--format json]` prints for the project. */
export function renderConfig(project: ComposeProject, format: ConfigFormat = 'yaml'): string {
  const text = format === 'json' ? indentJson(toGoJson(marshalProject(project, 'json'))) : emitYaml(toYaml(marshalProject(project, 'yaml')));
  return escapeDollars(text);
}

/**
 * What `docker compose config --no-interpolate` prints: the model from `loadModel` as Go marshals
 * a plain map (keys sorted, no struct order), variables left as written and `$` not doubled.
 */
export function renderModel(model: Json, format: ConfigFormat = 'yaml'): string {
  return format === 'json' ? indentJson(toGoJson(fromJson(model))) : emitYaml(toYaml(fromJson(model)));
}
