/**
 * @module
 * The classic build cache (moby `image/cache.LocalImageCache`): a step hits when the current
 * image has a child built locally whose stored container config equals the one the step is about
 * to run ({@link classicCacheKey}); of several, the most recently created wins. Images without a
 * parent are nobody's children, so the first step after `FROM scratch` never hits (moby's store
 * keeps no children for the empty id). Pulled images have no `container_config` and never match.
 */
import { parseTimestamp } from '../../core/time.js';
import type { ImageRecord, ImageStore } from '../../image/records.js';
import { classicCacheKey, type RunConfig } from '../plan/run-config.js';
import { runConfigOf } from './step-config.js';

const cacheKeys = new WeakMap<ImageRecord, string>();

function keyOf(image: ImageRecord): string | undefined {
  const stored = image.config.container_config;
  if (!stored) return undefined;
  let key = cacheKeys.get(image);
  if (key === undefined) cacheKeys.set(image, (key = classicCacheKey(runConfigOf(stored))));
  return key;
}

/** The cached image for a step with container config `config` on top of `parentId`, if any. */
export function probeCache(store: ImageStore, parentId: string, config: RunConfig): ImageRecord | undefined {
  if (parentId === '') return undefined;
  const wanted = classicCacheKey(config);
  let match: ImageRecord | undefined;
  let matchTime = -Infinity;
  for (const image of store.images.values()) {
    if (image.parent !== parentId || keyOf(image) !== wanted) continue;
    const created = parseTimestamp(image.config.created ?? '') ?? 0;
    // Go's `Before`: a later image replaces the match; ties keep the first (store order).
    if (match === undefined || created > matchTime) {
      match = image;
      matchTime = created;
    }
  }
  return match;
}
