/**
 * @module
 * The image store's invariants as a checker tests can call after every step (in the spirit of
 * go-containerregistry's `validate`): references and images agree both ways, every image's layer
 * chain exists with consistent parents and DiffIDs, and no layer is kept that nothing uses.
 */
import { chainIds } from '../fs/layer-digest.js';
import { layersInUse } from './store.js';
import type { ImageStore } from './records.js';

/** Every broken invariant, as readable sentences (empty when the store is sound). */
export function checkImageStore(store: ImageStore, pinned: Iterable<string> = []): string[] {
  const problems: string[] = [];
  for (const [key, id] of store.references) {
    const image = store.images.get(id);
    if (!image) problems.push(`reference ${key} points at missing image ${id}`);
    else if (!image.references.includes(key)) problems.push(`image ${id} does not list its reference ${key}`);
  }
  for (const image of store.images.values()) {
    for (const key of image.references) if (store.references.get(key) !== image.id) problems.push(`image ${image.id} lists ${key}, which points elsewhere`);
    if ([...image.references].sort().join() !== image.references.join()) problems.push(`references of ${image.id} are not sorted`);
    const expected = chainIds(image.config.rootfs.diff_ids as never[]);
    if (expected.join() !== image.chain.join()) problems.push(`chain of ${image.id} does not match its DiffIDs`);
    image.chain.forEach((chainId, i) => {
      const layer = store.layers.get(chainId);
      if (!layer) problems.push(`image ${image.id} lacks layer ${chainId}`);
      else if (layer.diffId !== image.config.rootfs.diff_ids[i] || (layer.parent ?? '') !== (image.chain[i - 1] ?? '')) problems.push(`layer ${chainId} disagrees with image ${image.id}`);
    });
    if (image.parent && !store.images.has(image.parent)) problems.push(`image ${image.id} has a missing parent`);
  }
  const used = layersInUse(store, pinned);
  for (const chainId of store.layers.keys()) if (!used.has(chainId)) problems.push(`layer ${chainId} is kept but unused`);
  return problems;
}
