/**
 * @module
 * The rules a compose project must satisfy beyond its schema (compose-go `checkConsistency`): every
 * service has an image or a build, refers only to declared networks and volumes, depends only on
 * existing services and without cycles, does not mix `network_mode` with `networks`, and keeps
 * `scale`, `deploy.replicas` and `container_name` compatible; mount targets are unique.
 */
import {
  INVALID_COMPOSE_PROJECT,
  containerNameInUse,
  dependencyCycle,
  inconsistentProject,
  neitherImageNorBuild,
  undefinedDependency,
  undefinedNetwork,
  undefinedVolume,
} from '../../core/messages/compose.js';
import type { Json } from '../../core/serialize.js';
import type { NetworkConfig, VolumeConfig } from '../model/project.js';
import type { ComposeService } from '../model/service.js';
import { checkServiceLimits } from './consistency-limits.js';
import { findCycle } from '../order.js';

/** What the check needs from the project being loaded. */
export interface ConsistencyInput {
  readonly services: Readonly<Record<string, ComposeService>>;
  readonly disabledServices: Readonly<Record<string, ComposeService>>;
  readonly networks: Readonly<Record<string, NetworkConfig>>;
  readonly volumes: Readonly<Record<string, VolumeConfig>>;
  readonly secrets: Readonly<Record<string, Json>>;
  readonly configs: Readonly<Record<string, Json>>;
}

const q = JSON.stringify;
const sourceOf = (ref: Json): string | undefined => (typeof ref === 'object' && ref !== null && !Array.isArray(ref) && typeof ref.source === 'string' ? ref.source : undefined);

function checkService(s: ComposeService, p: ConsistencyInput): void {
  if (s.build === undefined && s.image === undefined && s.extra?.provider === undefined) throw neitherImageNorBuild(s.name);
  if (s.build?.dockerfile !== undefined && s.build.dockerfile_inline !== undefined) {
    throw inconsistentProject(`service ${q(s.name)} declares mutualy exclusive dockerfile and dockerfile_inline: ${INVALID_COMPOSE_PROJECT}`);
  }
  if (s.network_mode !== undefined && Object.keys(s.networks ?? {}).length > 0) {
    throw inconsistentProject(`service ${s.name} declares mutually exclusive \`network_mode\` and \`networks\`: ${INVALID_COMPOSE_PROJECT}`);
  }
  for (const network of Object.keys(s.networks ?? {})) if (!Object.hasOwn(p.networks, network)) throw undefinedNetwork(s.name, network);
  const test = s.healthcheck?.test;
  if (test !== undefined && test.length > 0 && !['CMD', 'CMD-SHELL', 'NONE'].includes(test[0]!)) {
    throw inconsistentProject('healthcheck.test must start either by "CMD", "CMD-SHELL" or "NONE"');
  }
  for (const [dep, cfg] of Object.entries(s.depends_on ?? {})) {
    if (Object.hasOwn(p.services, dep)) continue;
    if (Object.hasOwn(p.disabledServices, dep) && !cfg.required) continue;
    throw undefinedDependency(s.name, dep);
  }
  if (s.network_mode?.startsWith('service:')) {
    const target = s.network_mode.slice('service:'.length);
    if (!Object.hasOwn(p.services, target)) throw inconsistentProject(`service ${q(target)} not found for network_mode 'service:${target}'`);
  }
  for (const v of s.volumes ?? []) if (v.type === 'volume' && v.source !== undefined && !Object.hasOwn(p.volumes, v.source)) throw undefinedVolume(s.name, v.source);
  for (const [kind, refs] of [['secret', s.extra?.secrets], ['config', s.extra?.configs]] as const) {
    const pool = kind === 'secret' ? p.secrets : p.configs;
    for (const ref of Array.isArray(refs) ? refs : []) {
      const source = sourceOf(ref);
      if (source !== undefined && !Object.hasOwn(pool, source)) throw inconsistentProject(`service ${q(s.name)} refers to undefined ${kind} ${source}: ${INVALID_COMPOSE_PROJECT}`);
    }
  }
  checkServiceLimits(s);
}

/** Throws compose's error for the first inconsistency found (services in name order). */
export function checkConsistency(project: ConsistencyInput): void {
  for (const name of Object.keys(project.services).sort()) checkService(project.services[name]!, project);
  for (const [name, secret] of Object.entries(project.secrets)) {
    const s = typeof secret === 'object' && secret !== null && !Array.isArray(secret) ? secret : {};
    if (s.external === true) continue;
    if (s.file === undefined && s.environment === undefined) throw inconsistentProject(`secret ${q(name)} must declare either \`file\` or \`environment\`: ${INVALID_COMPOSE_PROJECT}`);
  }
  const cycle = findCycle(project.services);
  if (cycle !== undefined) throw dependencyCycle(cycle);
}

/**
 * compose-go `CheckContainerNameUnicity`, which `up`, `create` and `config` run after loading: two
 * services may not share a `container_name` (services in name order, the later one is named).
 */
export function checkContainerNameUnicity(project: { readonly services: Readonly<Record<string, ComposeService>> }): void {
  const seen = new Set<string>();
  for (const name of Object.keys(project.services).sort()) {
    const containerName = project.services[name]!.container_name;
    if (containerName === undefined) continue;
    if (seen.has(containerName)) throw containerNameInUse(name, containerName);
    seen.add(containerName);
  }
}
