/**
 * @module
 * Binding of a service's `build:` and `deploy:` sections (compose-go `types.BuildConfig`,
 * `types.DeployConfig`): the attributes dockersim uses typed, the rest kept in `extra`.
 */
import type { BuildConfig, DeployConfig, ResourceAmounts } from '../model/service-parts.js';
import { type Dict, dictAt } from './dict.js';
import { bool, bytes, compact, float, int, str, strings } from './decode.js';
import { hostsList, leftovers, mapping, mappingWithEquals } from './decode-maps.js';

const BUILD_KEYS = new Set(['context', 'dockerfile', 'dockerfile_inline', 'args', 'target', 'labels', 'cache_from', 'cache_to', 'no_cache', 'pull', 'network', 'tags', 'platforms', 'extra_hosts', 'privileged']);
const DEPLOY_KEYS = new Set(['mode', 'replicas', 'labels', 'resources', 'endpoint_mode']);
const AMOUNT_KEYS = new Set(['cpus', 'memory', 'pids']);

/** `build:` in long syntax. */
export function build(v: Dict, name: string): BuildConfig {
  return compact<BuildConfig>({
    context: str(v.context, `${name}.context`) ?? '.',
    dockerfile: str(v.dockerfile, name) || undefined,
    dockerfile_inline: str(v.dockerfile_inline, name) || undefined,
    args: mappingWithEquals(v.args, `${name}.args`),
    target: str(v.target, name) || undefined,
    labels: mapping(v.labels, `${name}.labels`),
    cache_from: strings(v.cache_from, name),
    cache_to: strings(v.cache_to, name),
    no_cache: bool(v.no_cache, name) || undefined,
    pull: bool(v.pull, name) || undefined,
    network: str(v.network, name) || undefined,
    tags: strings(v.tags, name),
    platforms: strings(v.platforms, name),
    extra_hosts: hostsList(v.extra_hosts, `${name}.extra_hosts`),
    privileged: bool(v.privileged, name) || undefined,
    extra: leftovers(v, BUILD_KEYS),
  });
}

function amounts(v: Dict | undefined, name: string): ResourceAmounts | undefined {
  if (v === undefined) return undefined;
  return compact<ResourceAmounts>({
    cpus: float(v.cpus, `${name}.cpus`) || undefined,
    memory: bytes(v.memory, `${name}.memory`) || undefined,
    pids: int(v.pids, `${name}.pids`) || undefined,
    extra: leftovers(v, AMOUNT_KEYS),
  });
}

/** `deploy:`. */
export function deploy(v: Dict, name: string): DeployConfig {
  const r = dictAt(v, 'resources');
  return compact<DeployConfig>({
    mode: str(v.mode, name) || undefined,
    replicas: int(v.replicas, `${name}.replicas`),
    labels: mapping(v.labels, `${name}.labels`),
    resources: r && compact({ limits: amounts(dictAt(r, 'limits'), `${name}.resources.limits`), reservations: amounts(dictAt(r, 'reservations'), `${name}.resources.reservations`) }),
    endpoint_mode: str(v.endpoint_mode, name) || undefined,
    extra: leftovers(v, DEPLOY_KEYS),
  });
}
