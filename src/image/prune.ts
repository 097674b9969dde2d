/**
 * @module
 * `docker image prune` (`POST /images/prune`), as the classic store does it (moby
 * `gdstore/image_prune.go`): dangling images (or, with `dangling=false`, every image) that no
 * container uses, narrowed by `until` and `label`/`label!`; each goes through the same removal as
 * `docker rmi` (conflicts skip the image). Space reclaimed is the size of the removed layers.
 */
import { isDockerError } from '../core/errors.js';
import type { EventSpec } from '../core/events.js';
import { moreThanOneUntil } from '../core/messages/image.js';
import { digestHex } from '../core/digest.js';
import { parseReference } from '../reference/parse.js';
import { imageEvent } from './events.js';
import { boolFilter, hasFilter, matchLabels, parseTimeFilter, validateFilters, type Filters } from './filters.js';
import type { ImageHooks } from './hooks.js';
import { byCreatedDesc, createdMs } from './list.js';
import type { Outcome } from './outcome.js';
import type { ImageStore } from './records.js';
import { removeImage, type DeleteResponseItem } from './remove.js';
import { childrenOf } from './store.js';

/** `POST /images/prune` result (Engine API `ImagePruneResponse`). */
export interface ImagePruneResponse {
  readonly ImagesDeleted: readonly DeleteResponseItem[] | null;
  readonly SpaceReclaimed: number;
}

const ACCEPTED = ['dangling', 'label', 'label!', 'until'];

/** Prunes images; `now` is the virtual time for `until`. */
export function pruneImages(store: ImageStore, filters: Filters, hooks: ImageHooks, now: number): Outcome<ImagePruneResponse> {
  validateFilters(filters, ACCEPTED);
  const danglingOnly = boolFilter(filters, 'dangling', true);
  const untilValues = filters['until'] ?? [];
  if (untilValues.length > 1) throw moreThanOneUntil();
  const until = untilValues.length === 1 ? parseTimeFilter(untilValues[0]!, now) : undefined;
  const candidates = store.images
    .filter((img) => !danglingOnly || childrenOf(store, img.id).length === 0)
    .filter((img) => !(img.references.length === 0 && childrenOf(store, img.id).length > 0))
    .filter((img) => until === undefined || createdMs(img) <= until)
    .filter((img) => matchLabels(filters, 'label', img.config.config.Labels) && !(hasFilter(filters, 'label!') && matchLabels(filters, 'label!', img.config.config.Labels)))
    .sort(byCreatedDesc);
  const allLayers = store.layers;
  let current = store;
  const deleted: DeleteResponseItem[] = [];
  const events: EventSpec[] = [];
  const attempt = (name: string) => {
    try {
      const outcome = removeImage(current, name, { force: false }, hooks);
      current = outcome.store;
      deleted.push(...outcome.result);
      events.push(...outcome.events);
    } catch (error) {
      if (!isDockerError(error)) throw error; // conflicts and vanished images are skipped, as Docker does
    }
  };
  for (const candidate of candidates) {
    const image = current.images.get(candidate.id);
    if (!image) continue;
    if (image.references.length > 0) {
      const hasTag = image.references.some((k) => parseReference(k).tag !== undefined);
      if (!danglingOnly || !hasTag) for (const key of image.references) attempt(key);
    } else attempt(digestHex(image.id));
  }
  let reclaimed = 0;
  for (const item of deleted) if ('Deleted' in item) reclaimed += allLayers.get(item.Deleted)?.size ?? 0;
  events.push({ Type: 'image', Action: 'prune', id: '', attributes: { reclaimed: String(reclaimed) } });
  return { store: current, result: { ImagesDeleted: deleted.length > 0 ? deleted : null, SpaceReclaimed: reclaimed }, events };
}
