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
import { selectServices } from '../order.js';
import { bindNetwork, bindVolume } from './bind-project.js';
import { bindService } from './bind-service.js';
import { checkConsistency } from './consistency.js';
import { extensionsOf } from './decode-maps.js';
import { type Dict, dictAt, isDict } from './dict.js';
import { resolveServiceEnvironment } from './environment.js';
import type { ComposeFileReader } from './files.js';
import { step } from './model-from-files.js';

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

const sourcesOf = (refs: Json | undefined): string[] =>
  Array.isArray(refs) ? refs.flatMap((r) => (isDict(r) && typeof r.source === 'string' ? [r.source] : typeof r === 'string' ? [r] : [])) : [];

/** compose-go `WithoutUnnecessaryResources`: only what enabled services refer to. */
function usedBy(services: Services): { networks: Set<string>; volumes: Set<string>; secrets: Set<string>; configs: Set<string> } {
  const used = { networks: new Set<string>(), volumes: new Set<string>(), secrets: new Set<string>(), configs: new Set<string>() };
  for (const s of Object.values(services)) {
    for (const n of Object.keys(s.networks ?? {})) used.networks.add(n);
    for (const v of s.volumes ?? []) if (v.type === 'volume' && v.source !== undefined) used.volumes.add(v.source);
    for (const name of [...sourcesOf(s.extra?.secrets), ...sourcesOf(s.build?.extra?.secrets)]) used.secrets.add(name);
    for (const name of sourcesOf(s.extra?.configs)) used.configs.add(name);
  }
  return used;
}

const only = <T>(record: Record<string, T>, keep: ReadonlySet<string>, all: boolean): Record<string, T> =>
  all ? record : byName(Object.entries(record).filter(([k]) => keep.has(k)));

type Services = Record<string, ComposeService>;

const byName = <T>(entries: Iterable<[string, T]>): Record<string, T> => {
  const out: Record<string, T> = {};
  for (const [k, v] of [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) Object.defineProperty(out, k, { value: v, enumerable: true });
  return out;
};

/** compose-go `ServiceConfig.HasProfile`. */
const hasProfile = (s: ComposeService, profiles: readonly string[]): boolean =>
  s.profiles === undefined || s.profiles.length === 0 || profiles.some((p) => p === '*' || s.profiles!.includes(p));

function split(all: Services, profiles: readonly string[]): [Services, Services] {
  const entries = Object.entries(all);
  return [byName(entries.filter(([, s]) => hasProfile(s, profiles))), byName(entries.filter(([, s]) => !hasProfile(s, profiles)))];
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
  const all = step(() => byName(Object.entries(dictAt(model, 'services') ?? {}).map(([n, s]): [string, ComposeService] => [n, bindService(n, isDict(s) ? s : {})])));
  let profiles = [...ctx.profiles];
  let [services, disabled] = split(all, profiles);
  const networks = step(() => byName(Object.entries(dictAt(model, 'networks') ?? {}).map(([k, v]) => [k, bindNetwork(k, v)])));
  const volumes = step(() => byName(Object.entries(dictAt(model, 'volumes') ?? {}).map(([k, v]) => [k, bindVolume(k, v)])));
  const secrets = byName<Json>(Object.entries(dictAt(model, 'secrets') ?? {}));
  const configs = byName<Json>(Object.entries(dictAt(model, 'configs') ?? {}));
  if (ctx.consistency) checkConsistency({ services, disabledServices: disabled, networks, volumes, secrets, configs });
  services = byName(Object.entries(services).map(([n, s]) => [n, syncReplicas(s)]));
  if (ctx.services.length > 0) {
    // naming a disabled service enables its profiles (compose-go `WithServicesEnabled`)
    for (const name of ctx.services) if (!Object.hasOwn(services, name) && Object.hasOwn(disabled, name)) profiles = [...profiles, ...(disabled[name]!.profiles ?? [])];
    [services, disabled] = split(all, profiles);
    const keep = new Set(selectServices({ services }, ctx.services));
    disabled = byName([...Object.entries(disabled), ...Object.entries(services).filter(([n]) => !keep.has(n))]);
    services = byName(
      Object.entries(services)
        .filter(([n]) => keep.has(n))
        .map(([n, s]): [string, ComposeService] => {
          if (s.depends_on === undefined) return [n, s];
          const deps = byName(Object.entries(s.depends_on).filter(([d]) => keep.has(d)));
          if (Object.keys(deps).length > 0) return [n, { ...s, depends_on: deps }];
          const { depends_on: _none, ...rest } = s;
          return [n, rest];
        }),
    );
  }
  const reader = ctx.resolveEnvironment;
  if (reader !== undefined) services = step(() => byName(Object.entries(services).map(([n, s]) => [n, resolveServiceEnvironment(s, ctx.environment, reader)])));
  const extensions = extensionsOf(model);
  const used = usedBy(services);
  return deepFreeze<ComposeProject>({
    name: String(model.name),
    workingDir: ctx.workingDir,
    composeFiles: [...ctx.composeFiles],
    environment: byName(ctx.environment),
    services,
    disabledServices: disabled,
    profiles,
    networks: only(networks, used.networks, ctx.allResources),
    volumes: only(volumes, used.volumes, ctx.allResources),
    secrets: only(secrets, used.secrets, ctx.allResources),
    configs: only(configs, used.configs, ctx.allResources),
    ...(extensions === undefined ? {} : { extensions }),
  });
}
