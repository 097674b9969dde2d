/**
 * @module
 * The names Compose gives Docker objects: containers `<project>-<service>-<n>` (or `container_name`),
 * one-off containers `<project>-<service>-run-<12 hex>`, images built without `image:`
 * `<project>-<service>`, networks and volumes by their normalized `name`. `--compatibility`
 * switches the separator to `_` (docker-compose v1 names).
 */
import type { ComposeProject } from './model/project.js';
import type { ComposeService } from './model/service.js';

/** Compose v2's name separator (`_` under `--compatibility`). */
export const COMPOSE_SEPARATOR = '-';

/** The name of replica `n` (from 1) of a service. */
export function containerName(projectName: string, service: Pick<ComposeService, 'name' | 'container_name'>, n: number, separator = COMPOSE_SEPARATOR): string {
  return service.container_name ?? [projectName, service.name, String(n)].join(separator);
}

/** The name of a `compose run` container; `slug` is the 64-hex id Compose generates (first 12 used). */
export function oneOffContainerName(projectName: string, service: Pick<ComposeService, 'name' | 'container_name'>, slug: string, separator = COMPOSE_SEPARATOR): string {
  return service.container_name ?? [projectName, service.name, 'run', slug.slice(0, 12)].join(separator);
}

/** The image a service runs: its `image:`, else `<project>-<service>` (what `build` tags). */
export function serviceImageName(projectName: string, service: Pick<ComposeService, 'name' | 'image'>, separator = COMPOSE_SEPARATOR): string {
  return service.image ?? `${projectName}${separator}${service.name}`;
}

/** The Docker name of a top-level network (`<project>_<key>`, `name:`, or the key when external). */
export function networkName(project: Pick<ComposeProject, 'name' | 'networks'>, key: string): string {
  return project.networks[key]?.name ?? `${project.name}_${key}`;
}

/** The Docker name of a top-level volume (`<project>_<key>`, `name:`, or the key when external). */
export function volumeName(project: Pick<ComposeProject, 'name' | 'volumes'>, key: string): string {
  return project.volumes[key]?.name ?? `${project.name}_${key}`;
}

/** The replica number of a container named by {@link containerName}, or undefined. */
export function replicaNumber(projectName: string, serviceName: string, name: string, separator = COMPOSE_SEPARATOR): number | undefined {
  const prefix = `${projectName}${separator}${serviceName}${separator}`;
  const n = name.startsWith(prefix) ? name.slice(prefix.length) : '';
  return /^[1-9][0-9]*$/.test(n) ? Number(n) : undefined;
}
