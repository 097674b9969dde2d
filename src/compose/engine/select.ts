/**
 * @module
 * The part of a project a command works on (compose-go `WithSelectedServices`,
 * `WithoutUnnecessaryResources`): the named services (with their dependencies unless
 * `--no-deps`), the others moved to the disabled services, and only the networks and volumes
 * those services use; `--scale` overrides applied.
 */
import { noSuchService } from '../../core/messages/compose.js';
import type { ComposeProject } from '../model/project.js';
import { withScale, type ComposeService } from '../model/service.js';
import { selectServices } from '../order.js';

/** The project restricted to `names` (all when empty). */
export function selectProject(project: ComposeProject, names: readonly string[] = [], withDependencies = true): ComposeProject {
  if (names.length === 0) return project;
  const keep = new Set(selectServices(project, names, withDependencies));
  const services: Record<string, ComposeService> = {};
  const disabled: Record<string, ComposeService> = { ...project.disabledServices };
  for (const [name, s] of Object.entries(project.services)) (keep.has(name) ? services : disabled)[name] = s;
  return usedResources({ ...project, services, disabledServices: disabled });
}

/** The project without networks and volumes none of its services uses. */
export function usedResources(project: ComposeProject): ComposeProject {
  const nets = new Set<string>();
  const vols = new Set<string>();
  for (const s of Object.values(project.services)) {
    for (const n of Object.keys(s.networks ?? {})) nets.add(n);
    for (const v of s.volumes ?? []) if (v.type === 'volume' && v.source !== undefined) vols.add(v.source);
  }
  const networks = Object.fromEntries(Object.entries(project.networks).filter(([k]) => nets.has(k)));
  const volumes = Object.fromEntries(Object.entries(project.volumes).filter(([k]) => vols.has(k)));
  return { ...project, networks, volumes };
}

/** `--scale web=3`: the services with their new replica counts. */
export function applyScale(project: ComposeProject, scale: Readonly<Record<string, number>> = {}): ComposeProject {
  const entries = Object.entries(scale);
  if (entries.length === 0) return project;
  const services = { ...project.services };
  for (const [name, n] of entries) {
    const s = services[name];
    if (!s) throw noSuchService(name);
    services[name] = withScale(s, n);
  }
  return { ...project, services };
}
