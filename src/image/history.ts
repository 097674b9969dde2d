/**
 * @module
 * `docker history` (`GET /images/{name}/history`): one row per history entry, newest first; the
 * newest rows carry the IDs of the image and its local parents (classic builds), the rest
 * `<missing>`; a row's size is its layer's, 0 for metadata-only steps.
 */
import { parseTimestamp } from '../core/time.js';
import { familiarString } from '../reference/format.js';
import { parseReference } from '../reference/parse.js';
import type { ImageRecord, ImageStore } from './records.js';

/** One row of `GET /images/{name}/history` (Engine API `HistoryResponseItem`). */
export interface HistoryResponseItem {
  /** Image ID, or `<missing>`. */
  readonly Id: string;
  /** Unix seconds. */
  readonly Created: number;
  readonly CreatedBy: string;
  /** The image's tags, or null. */
  readonly Tags: readonly string[] | null;
  readonly Size: number;
  readonly Comment: string;
}

/** The history of an image, newest first. */
export function imageHistory(store: ImageStore, image: ImageRecord): HistoryResponseItem[] {
  const rows: { Created: number; CreatedBy: string; Size: number; Comment: string }[] = [];
  let layer = 0;
  for (const h of image.config.history) {
    let size = 0;
    if (!h.empty_layer) {
      const chainId = image.chain[layer++];
      size = (chainId && store.layers.get(chainId)?.size) || 0;
    }
    rows.unshift({ Created: h.created ? Math.floor((parseTimestamp(h.created) ?? 0) / 1000) : 0, CreatedBy: h.created_by ?? '', Size: size, Comment: h.comment ?? '' });
  }
  const out: HistoryResponseItem[] = [];
  let current: ImageRecord | undefined = image;
  for (const row of rows) {
    if (current) {
      const tags = current.references.map((k) => parseReference(k)).filter((r) => r.tag !== undefined).map((r) => familiarString({ domain: r.domain, path: r.path, tag: r.tag! }));
      out.push({ Id: current.id, Tags: tags.length > 0 ? tags : null, ...row });
      current = current.parent ? store.images.get(current.parent) : undefined;
    } else out.push({ Id: '<missing>', Tags: null, ...row });
  }
  return out;
}
