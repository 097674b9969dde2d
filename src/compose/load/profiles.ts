/**
 * @module
 * Profiles and service selection (compose-go `WithProfiles`, `WithServicesEnabled`,
 * `WithSelectedServices`): a service with profiles runs only when one of them is active (`*`
 * activates all); naming a service on the command line activates its profiles and keeps it with
 * the services it depends on, dropping dependencies on the others.
 * See https://docs.docker.com/compose/how-tos/profiles/.
 */
import type { ComposeService } from '../model/service.js';
import { selectServices } from '../order.js';
import { sortedRecord } from './dict.js';

type Services = Record<string, ComposeService>;

/** compose-go `ServiceConfig.HasProfile`. */
export const hasProfile = (s: ComposeService, profiles: readonly string[]): boolean =>
  s.profiles === undefined || s.profiles.length === 0 || profiles.some((p) => p === '*' || s.profiles!.includes(p));

/** Services split into [enabled, disabled] by the active profiles. */
export function splitByProfiles(all: Services, profiles: readonly string[]): [Services, Services] {
  const entries = Object.entries(all);
  return [sortedRecord(entries.filter(([, s]) => hasProfile(s, profiles))), sortedRecord(entries.filter(([, s]) => !hasProfile(s, profiles)))];
}

/** The project narrowed to the named services and their dependencies, with the profiles that enables. */
export function selectWithProfiles(all: Services, profiles: readonly string[], names: readonly string[]): { services: Services; disabled: Services; profiles: string[] } {
  let active = [...profiles];
  const [enabled, disabled] = splitByProfiles(all, active);
  for (const name of names) if (!Object.hasOwn(enabled, name) && Object.hasOwn(disabled, name)) active = [...active, ...(disabled[name]!.profiles ?? [])];
  const [services, off] = splitByProfiles(all, active);
  const keep = new Set(selectServices({ services }, names));
  const kept = Object.entries(services)
    .filter(([n]) => keep.has(n))
    .map(([n, s]): [string, ComposeService] => {
      if (s.depends_on === undefined) return [n, s];
      const deps = sortedRecord(Object.entries(s.depends_on).filter(([d]) => keep.has(d)));
      if (Object.keys(deps).length > 0) return [n, { ...s, depends_on: deps }];
      const { depends_on: _none, ...rest } = s;
      return [n, rest];
    });
  return {
    services: sortedRecord(kept),
    disabled: sortedRecord([...Object.entries(off), ...Object.entries(services).filter(([n]) => !keep.has(n))]),
    profiles: active,
  };
}
