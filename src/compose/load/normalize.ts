/**
 * @module
 * The implicit parts of a compose model made explicit once the project is named (compose-go
 * `loader.Normalize`): `build.context: .` and `dockerfile: Dockerfile`, `environment: [FOO]`
 * filled from the project environment, links and `service:` namespaces added to `depends_on`,
 * the implicit `default` network for services that name none, and every top-level network,
 * volume, secret and config given its Docker name (`<project>_<key>`, or the key if external).
 */
import type { Json } from '../../core/serialize.js';
import { cleanPath } from '../../core/go-path.js';
import { type Dict, dictAt, dictOf, getKey, isDict, setKey } from './dict.js';

type Env = ReadonlyMap<string, string>;

/** compose-go `loader.resolve`: bare `KEY` entries take their value from the environment. */
function resolveEntries(value: Json, env: Env, keepEmpty: boolean): Json {
  if (Array.isArray(value)) {
    const out: Json[] = [];
    for (const entry of value) {
      if (typeof entry !== 'string' || entry.includes('=')) out.push(entry);
      else if (env.has(entry)) out.push(`${entry}=${env.get(entry)!}`);
      else if (keepEmpty) out.push(entry);
    }
    return out;
  }
  if (isDict(value)) {
    const out: Dict = {};
    for (const [k, v] of Object.entries(value)) {
      if (v !== null) setKey(out, k, v);
      else if (env.has(k)) setKey(out, k, env.get(k)!);
      else if (keepEmpty) setKey(out, k, null);
    }
    return out;
  }
  return value;
}

const implicitDependency = (restart: boolean): Dict => ({ condition: 'service_started', restart, required: true });

function normalizeService(service: Dict, env: Env): void {
  if (service.pull_policy === 'if_not_present') service.pull_policy = 'missing';
  const build = dictAt(service, 'build');
  if (build !== undefined) {
    build.context ??= '.';
    if (build.dockerfile == null && build.dockerfile_inline == null) build.dockerfile = 'Dockerfile';
    if (Object.hasOwn(build, 'args')) build.args = resolveEntries(build.args!, env, false);
  }
  if (Object.hasOwn(service, 'environment')) service.environment = resolveEntries(service.environment!, env, true);
  const dependsOn = dictAt(service, 'depends_on') ?? {};
  for (const link of Array.isArray(service.links) ? service.links : []) {
    const parts = String(link).split(':');
    const name = parts.length === 2 ? parts[0]! : String(link);
    if (!Object.hasOwn(dependsOn, name)) setKey(dependsOn, name, implicitDependency(true));
  }
  for (const ns of ['network_mode', 'ipc', 'pid', 'uts', 'cgroup']) {
    const ref = getKey(service, ns);
    if (typeof ref === 'string' && ref.startsWith('service:') && !Object.hasOwn(dependsOn, ref.slice(8))) setKey(dependsOn, ref.slice(8), implicitDependency(true));
  }
  for (const volume of Array.isArray(service.volumes) ? service.volumes : []) {
    if (isDict(volume) && typeof volume.target === 'string') volume.target = cleanPath(volume.target);
  }
  for (const from of Array.isArray(service.volumes_from) ? service.volumes_from : []) {
    const spec = String(from);
    if (!spec.startsWith('container:') && !Object.hasOwn(dependsOn, spec.split(':')[0]!)) setKey(dependsOn, spec.split(':')[0]!, implicitDependency(false));
  }
  if (Object.keys(dependsOn).length > 0) service.depends_on = dependsOn;
}

/** Adds the implicit `default` network where a service names none (and declares it when used). */
function normalizeNetworks(model: Dict): void {
  const networks = dictAt(model, 'networks') ?? {};
  let usesDefault = false;
  for (const service of Object.values(dictAt(model, 'services') ?? {})) {
    if (!isDict(service) || Object.hasOwn(service, 'provider') || Object.hasOwn(service, 'network_mode')) continue;
    const declared = dictAt(service, 'networks');
    if (declared === undefined || Object.keys(declared).length === 0) {
      service.networks = { default: null };
      usesDefault = true;
    } else if (Object.hasOwn(declared, 'default')) usesDefault = true;
  }
  if (usesDefault && !Object.hasOwn(networks, 'default')) networks.default = null;
  if (Object.keys(networks).length > 0) model.networks = networks;
}

/** Names every top-level resource: `name:` if set, the key if external, else `<project>_<key>`. */
function nameResources(model: Dict, project: string): void {
  for (const kind of ['networks', 'volumes', 'configs', 'secrets']) {
    const resources = dictAt(model, kind);
    if (resources === undefined) continue;
    for (const [key, value] of Object.entries(resources)) {
      const resource = isDict(value) ? value : {};
      if (resource.name == null) {
        const external = resource.external;
        resource.name = external === true || external === 'true' ? key : `${project}_${key}`;
      }
      setKey(resources, key, resource);
    }
  }
}

/** compose-go `Normalize`, on the (cloned) model in place, once the project name is known. */
export function normalizeModel(model: Dict, project: string, env: Env): Dict {
  normalizeNetworks(model);
  for (const service of Object.values(dictAt(model, 'services') ?? {})) if (isDict(service)) normalizeService(service, env);
  model.name = project;
  nameResources(model, project);
  return dictOf(Object.entries(model));
}
