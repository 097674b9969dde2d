/**
 * @module
 * Interpolation of a whole compose document (compose-go `interpolation` + `loader/interpolate.go`):
 * every string is substituted, then strings standing where the specification wants a boolean or
 * a number are cast (`tty: "${TTY}"` → `true`), with compose's error texts and key paths
 * (`services.web.ports.[]`).
 */
import type { Json } from '../../core/serialize.js';
import { interpolationFailed, invalidInterpolation } from '../../core/messages/compose.js';
import { InvalidTemplateError, type Lookup, substitute } from './template.js';
import { ruleAt } from './tree-path.js';
import { type Dict, dictOf } from './dict.js';

type Cast = (value: string, warn: (message: string) => void) => Json;

const toInt: Cast = (value) => {
  if (!/^[-+]?[0-9]+$/.test(value)) throw new Error(`strconv.Atoi: parsing ${JSON.stringify(value)}: invalid syntax`);
  return Number(value);
};
const toFloat: Cast = (value) => {
  const n = value.trim() === value && value !== '' ? Number(value) : Number.NaN;
  if (Number.isNaN(n) && !/^nan$/i.test(value)) throw new Error(`strconv.ParseFloat: parsing ${JSON.stringify(value)}: invalid syntax`);
  return n;
};
/** compose-go `toBoolean`: YAML 1.1 spellings are accepted with a warning. */
const toBoolean: Cast = (value, warn) => {
  const lower = value.toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  if (['y', 'yes', 'on'].includes(lower)) {
    warn(`${JSON.stringify(value)} for boolean is not supported by YAML 1.2, please use \`true\``);
    return true;
  }
  if (['n', 'no', 'off'].includes(lower)) {
    warn(`${JSON.stringify(value)} for boolean is not supported by YAML 1.2, please use \`false\``);
    return false;
  }
  throw new Error(`invalid boolean: ${value}`);
};

const service = (...parts: string[]): string[] => ['services', '*', ...parts];

/** compose-go's `interpolateTypeCastMapping`. */
const CASTS: readonly [readonly string[], Cast][] = [
  [service('cpu_count'), toInt],
  [service('cpu_percent'), toFloat],
  [service('cpu_period'), toInt],
  [service('cpu_quota'), toInt],
  [service('cpu_rt_period'), toInt],
  [service('cpu_rt_runtime'), toInt],
  [service('cpus'), toFloat],
  [service('cpu_shares'), toInt],
  [service('init'), toBoolean],
  [service('depends_on', '*', 'required'), toBoolean],
  [service('depends_on', '*', 'restart'), toBoolean],
  [service('deploy', 'replicas'), toInt],
  [service('deploy', 'update_config', 'parallelism'), toInt],
  [service('deploy', 'update_config', 'max_failure_ratio'), toFloat],
  [service('deploy', 'rollback_config', 'parallelism'), toInt],
  [service('deploy', 'rollback_config', 'max_failure_ratio'), toFloat],
  [service('deploy', 'restart_policy', 'max_attempts'), toInt],
  [service('deploy', 'placement', 'max_replicas_per_node'), toInt],
  [service('healthcheck', 'retries'), toInt],
  [service('healthcheck', 'disable'), toBoolean],
  [service('oom_kill_disable'), toBoolean],
  [service('oom_score_adj'), toInt],
  [service('pids_limit'), toInt],
  [service('ports', '[]', 'target'), toInt],
  [service('privileged'), toBoolean],
  [service('read_only'), toBoolean],
  [service('scale'), toInt],
  [service('stdin_open'), toBoolean],
  [service('tty'), toBoolean],
  [service('ulimits', '*'), toInt],
  [service('ulimits', '*', 'hard'), toInt],
  [service('ulimits', '*', 'soft'), toInt],
  [service('volumes', '[]', 'read_only'), toBoolean],
  [service('volumes', '[]', 'volume', 'nocopy'), toBoolean],
  ...['networks', 'volumes', 'secrets', 'configs'].map((kind): [string[], Cast] => [[kind, '*', 'external'], toBoolean]),
  ...['internal', 'attachable', 'enable_ipv4', 'enable_ipv6'].map((key): [string[], Cast] => [['networks', '*', key], toBoolean]),
];

/** What interpolation needs: the variables, and where to report warnings. */
export interface InterpolateOptions {
  readonly lookup: Lookup;
  readonly warn: (message: string) => void;
}

function walk(value: Json, path: string[], options: InterpolateOptions): Json {
  if (typeof value === 'string') {
    let text: string;
    try {
      text = substitute(value, options.lookup, (name) => options.warn(`The ${JSON.stringify(name)} variable is not set. Defaulting to a blank string.`));
    } catch (e) {
      if (e instanceof InvalidTemplateError) throw invalidInterpolation(path.join('.'), e.template ?? value);
      throw interpolationFailed(path.join('.'), (e as Error).message);
    }
    const cast = ruleAt(CASTS, path);
    if (cast === undefined) return text;
    try {
      return cast(text, options.warn);
    } catch (e) {
      throw interpolationFailed(path.join('.'), `failed to cast to expected type: ${(e as Error).message}`);
    }
  }
  if (Array.isArray(value)) return value.map((item) => walk(item, [...path, '[]'], options));
  if (value !== null && typeof value === 'object') {
    return dictOf(Object.entries(value).map(([k, v]) => [k, walk(v, [...path, k], options)]));
  }
  return value;
}

/** Interpolates every string of a compose document. Throws compose's interpolation errors. */
export function interpolate(document: Dict, options: InterpolateOptions): Dict {
  return walk(document, [], options) as Dict;
}
