/**
 * @module
 * `docker search` (`GET /images/search`, moby `registry.Service.Search`): Docker Hub's search over
 * the world's `docker.io` — its catalogue and what users pushed — matching the term anywhere in a
 * public repository's name. Filters `is-official`, `is-automated` (deprecated: `true` finds
 * nothing, and results always say false) and `stars` (a minimum). The simulated Hub keeps no
 * descriptions or stars, so results have an empty description and no stars. Registries other than
 * Docker Hub have no search endpoint (registry:2 answers 404).
 */
import { DockerError } from '../core/errors.js';
import { invalidFilter } from '../core/messages/api.js';
import type { WorldState } from '../world/state.js';
import { findRegistry } from './endpoint.js';
import { DOCKER_HUB } from './state.js';
import { findRepository, repositoryNames } from './view.js';

/** One result (Engine API `ImageSearchResponseItem`). */
export interface ImageSearchResult {
  readonly description: string;
  readonly is_official: boolean;
  /** Deprecated; always false. */
  readonly is_automated: boolean;
  readonly name: string;
  readonly star_count: number;
}

/** Options of a search. */
export interface ImageSearchOptions {
  /** What to look for; `registry/term` searches that registry. */
  readonly term: string;
  /** At most this many results, 1 to 100; default 25. */
  readonly limit?: number;
  readonly filters?: { readonly [name: string]: readonly string[] };
}

const ACCEPTED = ['is-automated', 'is-official', 'stars'];

/** Go's `filters.GetBoolOrDefault`: `true`/`1` or `false`/`0`, else `invalid filter`. */
function boolFilter(filters: ImageSearchOptions['filters'], name: string): boolean | undefined {
  const values = filters?.[name];
  if (!values || values.length === 0) return undefined;
  for (const value of values) if (!['true', '1', 'false', '0'].includes(value.toLowerCase())) throw invalidFilter(name, values);
  return values.some((value) => ['true', '1'].includes(value.toLowerCase()));
}

/** Runs a search against the world's registries. */
export function searchImages(world: WorldState, options: ImageSearchOptions): ImageSearchResult[] {
  const filters = options.filters ?? {};
  for (const name of Object.keys(filters)) if (!ACCEPTED.includes(name)) throw invalidFilter(name);
  const automated = boolFilter(filters, 'is-automated');
  const official = boolFilter(filters, 'is-official');
  let minStars = 0;
  for (const value of filters['stars'] ?? []) {
    if (!/^[+-]?\d+$/.test(value)) throw new DockerError('InvalidParameter', `invalid filter 'stars=${value}': strconv.Atoi: parsing ${JSON.stringify(value)}: invalid syntax`);
    minStars = Math.max(minStars, Number(value));
  }
  const limit = options.limit || 25;
  if (limit < 1 || limit > 100) throw new DockerError('InvalidParameter', `limit ${limit} is outside the range of [1, 100]`);
  if (automated) return [];
  const slash = options.term.indexOf('/');
  const head = slash < 0 ? '' : options.term.slice(0, slash);
  const remote = head.includes('.') || head.includes(':') || head === 'localhost';
  const hostname = remote ? head : DOCKER_HUB;
  const registry = findRegistry(world, hostname);
  if (hostname !== DOCKER_HUB) throw new DockerError('Internal', 'Unexpected status code 404');
  const term = (remote ? options.term.slice(slash + 1) : options.term).replace(/^library\//, '').toLowerCase();
  const results: ImageSearchResult[] = [];
  for (const path of repositoryNames(registry)) {
    const repository = findRepository(registry, path);
    if (!repository || repository.private || repository.tags.size === 0) continue;
    const isOfficial = path.startsWith('library/');
    const name = isOfficial ? path.slice('library/'.length) : path;
    if (!name.toLowerCase().includes(term)) continue;
    if (official !== undefined && official !== isOfficial) continue;
    if (minStars > 0) continue; // no simulated repository has stars
    results.push({ description: '', is_official: isOfficial, is_automated: false, name, star_count: 0 });
  }
  // Hub ranks official images and exact names first.
  results.sort((a, b) => Number(b.name === term) - Number(a.name === term) || Number(b.is_official) - Number(a.is_official) || a.name.localeCompare(b.name));
  return results.slice(0, limit);
}
