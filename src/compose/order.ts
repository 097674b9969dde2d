/**
 * @module
 * Service dependency order, as Compose walks it: `up` creates and starts a service only after the
 * services it `depends_on`, `down`/`stop` go the other way. Independent services form one
 * level (Compose runs them concurrently); within a level, names are sorted so every run
 * proceeds the same way. Also compose-go's cycle check and service selection (`up web` brings
 * `web` and what it depends on). See https://docs.docker.com/compose/how-tos/startup-order/.
 */
import { dependencyCycle, noSuchService } from '../core/messages/compose.js';
import type { ComposeProject } from './model/project.js';
import type { ComposeService } from './model/service.js';

type Services = Readonly<Record<string, ComposeService>>;

const sorted = (names: Iterable<string>): string[] => [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/** The dependencies of a service that exist among `services`. */
function dependencies(service: ComposeService, services: Services): string[] {
  return sorted(Object.keys(service.depends_on ?? {}).filter((d) => Object.hasOwn(services, d)));
}

/** compose-go `graph.CheckCycle`: the first cycle found walking names in order, or undefined. */
export function findCycle(services: Services): string[] | undefined {
  const search = (path: string[]): string[] | undefined => {
    const service = services[path[path.length - 1]!]!;
    for (const dep of dependencies(service, services)) {
      const at = path.indexOf(dep);
      if (at >= 0) return [...path.slice(at), dep];
      const found = search([...path, dep]);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  for (const name of sorted(Object.keys(services))) {
    const found = search([name]);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Services grouped in creation levels: every service comes after all its dependencies, each level
 * sorted by name. Throws `dependency cycle detected: …` on a cycle.
 */
export function dependencyLevels(project: Pick<ComposeProject, 'services'>, only?: readonly string[]): string[][] {
  const services = project.services;
  const cycle = findCycle(services);
  if (cycle !== undefined) throw dependencyCycle(cycle);
  const wanted = new Set(only ?? Object.keys(services));
  const done = new Set<string>();
  const levels: string[][] = [];
  let pending = sorted(Object.keys(services));
  while (pending.length > 0) {
    const ready = pending.filter((name) => dependencies(services[name]!, services).every((d) => done.has(d)));
    ready.forEach((name) => done.add(name));
    const level = ready.filter((name) => wanted.has(name));
    if (level.length > 0) levels.push(level);
    pending = pending.filter((name) => !done.has(name));
  }
  return levels;
}

/** Service names in the order `up` creates and starts them. */
export function dependencyOrder(project: Pick<ComposeProject, 'services'>, only?: readonly string[]): string[] {
  return dependencyLevels(project, only).flat();
}

/** Service names in the order `down` and `stop` stop and remove them (dependents first). */
export function reverseDependencyOrder(project: Pick<ComposeProject, 'services'>, only?: readonly string[]): string[] {
  return dependencyLevels(project, only).reverse().flat();
}

/**
 * The named services and, unless `withDependencies` is false, everything they depend on (compose-go
 * `Project.WithSelectedServices`); names may be globs (`web*`). Throws `no such service: x`.
 */
export function selectServices(project: Pick<ComposeProject, 'services'>, names: readonly string[], withDependencies = true): string[] {
  const services = project.services;
  if (names.length === 0) return sorted(Object.keys(services));
  const selected = new Set<string>();
  const visit = (patterns: readonly string[], optional: ReadonlySet<string>): void => {
    for (const p of patterns) {
      const re = new RegExp(`^${p.replace(/[.+^${}()|\\]/g, '\\$&').replaceAll('*', '[^/]*').replaceAll('?', '[^/]')}$`);
      const matches = Object.keys(services).filter((n) => re.test(n));
      if (matches.length === 0 && !optional.has(p)) throw noSuchService(p);
      for (const name of matches) {
        if (selected.has(name)) continue;
        selected.add(name);
        const deps = services[name]!.depends_on ?? {};
        if (withDependencies) visit(Object.keys(deps), new Set(Object.entries(deps).filter(([, d]) => !d.required).map(([k]) => k)));
      }
    }
  };
  visit(names, new Set());
  return sorted(selected);
}
