/**
 * @module
 * `docker images` (`GET /images/json`): image summaries, newest first, as the classic store lists
 * them (moby `gdstore/image_list.go`): top-level images only unless `all`; dangling ones shown as
 * `<none>`; filters `dangling`, `label`, `before`, `since`, `reference` (a glob on the familiar
 * reference or name) and `until`.
 */
import { parseTimestamp } from '../core/time.js';
import { familiarName, familiarString } from '../reference/format.js';
import { parseReference } from '../reference/parse.js';
import { boolFilter, globMatch, hasFilter, matchLabels, parseTimeFilter, validateFilters, type Filters } from './filters.js';
import type { ImageHooks } from './hooks.js';
import { getImage } from './lookup.js';
import type { ImageRecord, ImageStore } from './records.js';
import { childrenOf, imageSize } from './store.js';

/** One row of `GET /images/json` (Engine API `ImageSummary`). */
export interface ImageSummary {
  readonly Id: string;
  readonly ParentId: string;
  readonly RepoTags: readonly string[];
  readonly RepoDigests: readonly string[];
  /** Unix seconds. */
  readonly Created: number;
  readonly Size: number;
  /** -1 unless `sharedSize` was asked. */
  readonly SharedSize: number;
  readonly Labels: { readonly [key: string]: string } | null;
  /** -1 unless container counts were asked (`docker system df`). */
  readonly Containers: number;
}

/** Options of {@link listImages}. */
export interface ImageListOptions {
  /** Include intermediate images (`-a`). */
  readonly all?: boolean;
  readonly filters?: Filters;
  /** Compute `SharedSize`. */
  readonly sharedSize?: boolean;
  /** Compute `Containers`. */
  readonly containerCount?: boolean;
}

const ACCEPTED = ['dangling', 'label', 'before', 'since', 'reference', 'until'];

/** Creation time of an image in epoch ms (0 when unknown). */
export function createdMs(image: ImageRecord): number {
  return image.config.created ? (parseTimestamp(image.config.created) ?? 0) : 0;
}

/** Newest first; ties broken by ID so the order is deterministic. */
export function byCreatedDesc(a: ImageRecord, b: ImageRecord): number {
  return createdMs(b) - createdMs(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Lists images as `docker images` does; `now` is the virtual time for `until`. */
export function listImages(store: ImageStore, options: ImageListOptions, hooks: ImageHooks, now: number): ImageSummary[] {
  const filters = options.filters ?? {};
  validateFilters(filters, ACCEPTED);
  const danglingOnly = boolFilter(filters, 'dangling', false);
  let before: number | undefined;
  for (const value of filters['before'] ?? []) {
    const t = createdMs(getImage(store, value));
    if (before === undefined || t < before) before = t;
  }
  for (const value of filters['until'] ?? []) {
    const t = parseTimeFilter(value, now);
    if (before === undefined || t < before) before = t;
  }
  let since: number | undefined;
  for (const value of filters['since'] ?? []) {
    const t = createdMs(getImage(store, value));
    if (since === undefined || t > since) since = t;
  }
  const patterns = filters['reference'] ?? [];
  const out: { image: ImageRecord; summary: ImageSummary }[] = [];
  for (const image of store.images.values()) {
    const children = childrenOf(store, image.id).length;
    if (danglingOnly && children > 0) continue;
    const created = createdMs(image);
    if (before !== undefined && !(created < before)) continue;
    if (since !== undefined && !(created > since)) continue;
    if (hasFilter(filters, 'label') && !matchLabels(filters, 'label', image.config.config.Labels)) continue;
    const tags: string[] = [];
    const digests: string[] = [];
    for (const key of image.references) {
      const ref = parseReference(key);
      if (patterns.length > 0 && !patterns.some((p) => globMatch(p, familiarString(ref)) || globMatch(p, familiarName(ref)))) continue;
      if (ref.digest) digests.push(familiarString({ domain: ref.domain, path: ref.path, digest: ref.digest }));
      if (ref.tag) tags.push(familiarString({ domain: ref.domain, path: ref.path, tag: ref.tag }));
    }
    if (tags.length === 0 && digests.length === 0) {
      if (!(options.all || children === 0)) continue;
      if (hasFilter(filters, 'dangling') && !danglingOnly) continue;
      if (patterns.length > 0) continue;
    } else if (danglingOnly && tags.length > 0) continue;
    const labels = image.config.config.Labels;
    out.push({
      image,
      summary: {
        Id: image.id,
        ParentId: image.parent,
        RepoTags: tags,
        RepoDigests: digests,
        Created: Math.floor(created / 1000),
        Size: imageSize(store, image),
        SharedSize: -1,
        Labels: labels && Object.keys(labels).length > 0 ? labels : null,
        Containers: options.containerCount ? hooks.containersUsing(image.id).length : -1,
      },
    });
  }
  if (options.sharedSize) {
    const refs = new Map<string, number>();
    for (const image of store.images.values()) for (const chainId of image.chain) refs.set(chainId, (refs.get(chainId) ?? 0) + 1);
    for (const row of out) {
      const shared = row.image.chain.filter((c) => (refs.get(c) ?? 0) > 1).reduce((sum, c) => sum + (store.layers.get(c)?.size ?? 0), 0);
      row.summary = { ...row.summary, SharedSize: shared };
    }
  }
  return out.sort((a, b) => byCreatedDesc(a.image, b.image)).map((r) => r.summary);
}
