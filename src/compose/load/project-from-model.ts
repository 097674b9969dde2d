/**
 * @module
 * From the normalized model to the frozen {@link ComposeProject} (compose-go `ModelToProject`):
 * services, networks and volumes bound to their types, services outside the active profiles set
 * aside, consistency checked, the selected services (and what they depend on) kept, each
 * service's environment resolved from its `env_file`s.
 */
import type { Json } from '../../core/serialize.js';
import type { ComposeProject } from '../model/project.js';
import type { ComposeService } from '../model/service.js';
import { bindNetwork, bindVolume } from './bind-project.js';
import { bindService } from './bind-service.js';
import { checkConsistency } from './consistency.js';
import { extensionsOf } from './decode-maps.js';
import { type Dict, dictAt, isDict, sortedRecord } from './dict.js';
import { resolveServiceEnvironment } from './environment.js';
import type { ComposeFileReader } from './files.js';
import { step } from './model-from-files.js';
import { selectWithProfiles, splitByProfiles } from './profiles.js';
import { keepUsed, usedResources } from './unused-resources.js';

/** What binding needs besides the model. */
export interface BindContext {
  readonly workingDir: string;
  readonly composeFiles: readonly string[];
  readonly environment: ReadonlyMap<string, string>;
  readonly profiles: readonly string[];
  readonly services: readonly string[];
  readonly consistency: boolean;
  /** Reader for `env_file`s, or undefined to leave them unresolved. */
  readonly resolveEnvironment: ComposeFileReader | undefined;
  /** Keep networks, volumes, secrets and configs no enabled service uses (`--all-resources`). */
  readonly allResources: boolean;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** `scale` wins over an equal `deploy.replicas` (compose-go keeps them equal). */
const syncReplicas = (s: ComposeService): ComposeService =>
  s.scale !== undefined && s.deploy !== undefined ? { ...s, deploy: { ...s.deploy, replicas: s.scale } } : s;

/** Binds and checks the normalized model. Throws compose's errors. */
export function bindProject(model: Dict, ctx: BindContext): ComposeProject {
  const all = step(() => sortedRecord(Object.entries(dictAt(model, 'services') ?? {}).map(([n, s]): [string, ComposeService] => [n, bindService(n, isDict(s) ? s : {})])));
  let profiles = [...ctx.profiles];
  let [services, disabled] = splitByProfiles(all, profiles);
  const networks = step(() => sortedRecord(Object.entries(dictAt(model, 'networks') ?? {}).map(([k, v]) => [k, bindNetwork(k, v)])));
  const volumes = step(() => sortedRecord(Object.entries(dictAt(model, 'volumes') ?? {}).map(([k, v]) => [k, bindVolume(k, v)])));
  const secrets = sortedRecord<Json>(Object.entries(dictAt(model, 'secrets') ?? {}));
  const configs = sortedRecord<Json>(Object.entries(dictAt(model, 'configs') ?? {}));
  if (ctx.consistency) checkConsistency({ services, disabledServices: disabled, networks, volumes, secrets, configs });
  services = sortedRecord(Object.entries(services).map(([n, s]) => [n, syncReplicas(s)]));
  if (ctx.services.length > 0) ({ services, disabled, profiles } = selectWithProfiles(all, profiles, ctx.services));
  const reader = ctx.resolveEnvironment;
  if (reader !== undefined) services = step(() => sortedRecord(Object.entries(services).map(([n, s]) => [n, resolveServiceEnvironment(s, ctx.environment, reader)])));
  const extensions = extensionsOf(model);
  const used = usedResources(services);
  return deepFreeze<ComposeProject>({
    name: String(model.name),
    workingDir: ctx.workingDir,
    composeFiles: [...ctx.composeFiles],
    environment: sortedRecord(ctx.environment),
    services,
    disabledServices: disabled,
    profiles,
    networks: keepUsed(networks, used.networks, ctx.allResources),
    volumes: keepUsed(volumes, used.volumes, ctx.allResources),
    secrets: keepUsed(secrets, used.secrets, ctx.allResources),
    configs: keepUsed(configs, used.configs, ctx.allResources),
    ...(extensions === undefined ? {} : { extensions }),
  });
}
