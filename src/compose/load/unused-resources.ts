/**
 * @module
 * compose-go `WithoutUnnecessaryResources`, which every compose command applies unless
 * `--all-resources` is given: networks, volumes, secrets and configs that no enabled service
 * refers to are left out of the project (so neither created nor printed by `config`).
 */
import type { Json } from '../../core/serialize.js';
import type { ComposeService } from '../model/service.js';
import { isDict, sortedRecord } from './dict.js';

/** The resources a project's services refer to, by kind. */
export interface UsedResources {
  readonly networks: ReadonlySet<string>;
  readonly volumes: ReadonlySet<string>;
  readonly secrets: ReadonlySet<string>;
  readonly configs: ReadonlySet<string>;
}

const sourcesOf = (refs: Json | undefined): string[] =>
  Array.isArray(refs) ? refs.flatMap((r) => (isDict(r) && typeof r.source === 'string' ? [r.source] : typeof r === 'string' ? [r] : [])) : [];

/** What the services refer to: their networks, named volumes, secrets (also at build) and configs. */
export function usedResources(services: Readonly<Record<string, ComposeService>>): UsedResources {
  const used = { networks: new Set<string>(), volumes: new Set<string>(), secrets: new Set<string>(), configs: new Set<string>() };
  for (const s of Object.values(services)) {
    for (const n of Object.keys(s.networks ?? {})) used.networks.add(n);
    for (const v of s.volumes ?? []) if (v.type === 'volume' && v.source !== undefined) used.volumes.add(v.source);
    for (const name of [...sourcesOf(s.extra?.secrets), ...sourcesOf(s.build?.extra?.secrets)]) used.secrets.add(name);
    for (const name of sourcesOf(s.extra?.configs)) used.configs.add(name);
  }
  return used;
}

/** The entries of `record` in `keep` (all of them when `all`). */
export const keepUsed = <T>(record: Record<string, T>, keep: ReadonlySet<string>, all: boolean): Record<string, T> =>
  all ? record : sortedRecord(Object.entries(record).filter(([k]) => keep.has(k)));
