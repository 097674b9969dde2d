/**
 * @module
 * `GET /containers/json` (`docker ps`): newest first, running containers only unless `all`
 * (a `status` filter or a `limit` implies all), filters from {@link parseFilters}, `before` /
 * `since` cutting the list at a container, `limit` keeping the newest N (moby `daemon/list.go`).
 */
import { DockerError } from '../core/errors.js';
import { noSuchContainer } from '../core/messages/containers.js';
import { parseFilters, passesFilters, type ContainerFilters, type FilterContext } from './filters.js';
import type { ContainerRecord } from './record.js';
import type { ContainerSlice } from './slice.js';
import { isRunning } from './state.js';
import { toSummary, type ContainerSummary } from './summary.js';

/** Options of `GET /containers/json`. */
export interface ContainerListOptions {
  /** Include stopped containers (`-a`). */
  readonly all?: boolean;
  /** The newest N containers, whatever their state (`-n`). */
  readonly limit?: number;
  /** Compute `SizeRw` / `SizeRootFs` (`-s`). */
  readonly size?: boolean;
  readonly filters?: ContainerFilters;
}

/** What listing needs besides the slice. */
export interface ListContext extends FilterContext {
  readonly now: number;
  /** Sizes of a container's writable layer and whole root filesystem. */
  readonly sizeOf?: (record: ContainerRecord) => { readonly rw: number; readonly rootFs: number };
  /** The image column: the reference, or the image id once the reference moved. */
  readonly imageOf?: (record: ContainerRecord) => string;
}

/** moby idOrNameFilter: exact id, then exact name. */
function byIdOrName(slice: ContainerSlice, value: string): ContainerRecord | DockerError {
  const byId = slice.containers.get(value);
  if (byId) return byId;
  const id = slice.containerNames.get(`/${value.replace(/^\//, '')}`);
  const byName = id === undefined ? undefined : slice.containers.get(id);
  return byName ?? noSuchContainer(value);
}

/** The `docker ps` rows, or Docker's filter error. */
export function listContainers(slice: ContainerSlice, options: ContainerListOptions, ctx: ListContext): ContainerSummary[] | DockerError {
  const parsed = parseFilters(options.filters);
  if (parsed instanceof DockerError) return parsed;
  const limit = options.limit ?? -1;
  const all = options.all === true || parsed.impliesAll || limit > 0;
  let before: ContainerRecord | undefined;
  let since: ContainerRecord | undefined;
  for (const v of parsed.raw['before'] ?? []) {
    const found = byIdOrName(slice, v);
    if (found instanceof DockerError) return found;
    before = found;
  }
  for (const v of parsed.raw['since'] ?? []) {
    const found = byIdOrName(slice, v);
    if (found instanceof DockerError) return found;
    since = found;
  }
  let candidates = [...slice.containers.values()];
  const ids = parsed.raw['id'] ?? [];
  if (ids.length > 0) {
    const unique = new Set<string>();
    for (const prefix of ids) {
      const hits = candidates.filter((c) => c.Id.startsWith(prefix));
      if (hits.length === 1) unique.add(hits[0]!.Id);
    }
    candidates = candidates.filter((c) => unique.has(c.Id));
  }
  candidates.sort((a, b) => b.internal.seq - a.internal.seq);
  const out: ContainerSummary[] = [];
  for (const record of candidates) {
    if (before) {
      if (record.Id === before.Id) before = undefined;
      continue;
    }
    if (since && record.Id === since.Id) break;
    if (!all && !isRunning(record.State.Status)) continue;
    if (limit > 0 && out.length === limit) break;
    if (!passesFilters(record, parsed, ctx)) continue;
    const size = options.size && ctx.sizeOf ? ctx.sizeOf(record) : undefined;
    const image = ctx.imageOf?.(record);
    out.push(toSummary(record, ctx.now, { ...(size ? { size } : {}), ...(image !== undefined ? { image } : {}) }));
  }
  return out;
}
