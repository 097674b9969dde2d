/**
 * @module
 * Pure operations on an {@link ImageStore}: each takes a store and returns the next one, so a
 * verb composes them inside its one commit. They keep the invariants the rest relies on: every
 * image's layer chain exists; each image's `references` list is exactly the set of index
 * entries pointing at it; a layer stays while any image (or pinned container layer) uses it.
 */
import { digestOf, type Digest } from '../core/digest.js';
import type { DirectoryNode } from '../fs/node.js';
import { chainIds, diffIdOf } from '../fs/layer-digest.js';
import { treeToTar } from '../fs/tar-write.js';
import { treeSize } from '../fs/tree.js';
import { flattenLayers } from '../fs/union.js';
import { formatReference } from '../reference/format.js';
import type { Reference } from '../reference/parse.js';
import { parseImageConfig, serializeImageConfig, type ImageConfigDocument } from './config.js';
import type { BlobSource, ImageRecord, ImageStore, LayerRecord } from './records.js';

/** A layer to add: its diff tree, and optionally sizes known from a registry. */
export interface NewLayer {
  readonly tree: DirectoryNode;
  /** Content size; default measured from the tree. */
  readonly size?: number;
  /** Nominal compressed size, when it came from a registry. */
  readonly blobSize?: number;
  /** The original tar bytes the tree was read from (a loaded archive): the DiffID is their digest. */
  readonly tar?: Uint8Array;
}

/** Adds a stack of layers (bottom first); returns the store and the ChainIDs. Existing layers are kept. */
export function putLayers(store: ImageStore, layers: readonly NewLayer[]): { store: ImageStore; chain: Digest[] } {
  const canonical = layers.map((l) => diffIdOf(l.tree));
  const diffIds = layers.map((l, i) => (l.tar ? digestOf(l.tar) : canonical[i]!));
  const chain = chainIds(diffIds);
  let table = store.layers;
  layers.forEach((layer, i) => {
    const chainId = chain[i]!;
    if (table.has(chainId)) return;
    const record: LayerRecord = {
      chainId,
      diffId: diffIds[i]!,
      ...(i > 0 ? { parent: chain[i - 1]! } : {}),
      size: layer.size ?? treeSize(layer.tree),
      tree: layer.tree,
      ...(layer.blobSize !== undefined ? { blobSize: layer.blobSize } : {}),
      ...(layer.tar && diffIds[i] !== canonical[i] ? { tar: layer.tar } : {}),
    };
    table = table.set(chainId, record);
  });
  return { store: { ...store, layers: table }, chain };
}

/** Options of {@link putImage}. */
export interface NewImage {
  /** The configuration: a document (serialized canonically) or the exact bytes received. */
  readonly config: ImageConfigDocument | string;
  /** Local parent image ID (classic builds and commits). */
  readonly parent?: string;
}

/**
 * Adds an image whose layers are already in the store (see {@link putLayers}); returns the store
 * and the image. Adding an image that exists changes nothing.
 */
export function putImage(store: ImageStore, image: NewImage): { store: ImageStore; image: ImageRecord } {
  const rawConfig = typeof image.config === 'string' ? image.config : serializeImageConfig(image.config);
  const id = digestOf(rawConfig);
  const existing = store.images.get(id);
  if (existing) return { store, image: existing };
  const config = typeof image.config === 'string' ? parseImageConfig(image.config) : image.config;
  const chain = chainIds(config.rootfs.diff_ids as Digest[]);
  for (const chainId of chain) if (!store.layers.has(chainId)) throw new RangeError(`layer ${chainId} is not in the store`);
  const record: ImageRecord = { id, config, rawConfig, parent: image.parent ?? '', chain, references: [] };
  const images = store.images.set(id, record);
  return { store: { ...store, images }, image: images.get(id)! };
}

function withReferences(record: ImageRecord, references: readonly string[], lastTagTime?: number): ImageRecord {
  return { ...record, references: [...references].sort(), ...(lastTagTime !== undefined ? { lastTagTime } : {}) };
}

/**
 * Points `ref` (canonical, tagged or digested) at image `id`, moving it from any image that had
 * it. A tag sets the image's LastTagTime when `now` is given.
 */
export function setReference(store: ImageStore, ref: Reference, id: string, now?: number): ImageStore {
  const key = formatReference(ref);
  const target = store.images.get(id);
  if (!target) throw new RangeError(`no image ${id}`);
  let images = store.images;
  const previous = store.references.get(key);
  if (previous === id) {
    return now !== undefined && ref.tag !== undefined ? { ...store, images: images.set(id, withReferences(target, target.references, now)) } : store;
  }
  if (previous !== undefined) {
    const old = images.get(previous);
    if (old) images = images.set(previous, withReferences(old, old.references.filter((r) => r !== key)));
  }
  const tagged = ref.tag !== undefined ? now : undefined;
  images = images.set(id, withReferences(images.get(id)!, [...target.references, key], tagged));
  return { ...store, images, references: store.references.set(key, id) };
}

/** Removes a reference (by its canonical string); the same store when absent. */
export function deleteReference(store: ImageStore, key: string): ImageStore {
  const id = store.references.get(key);
  if (id === undefined) return store;
  const record = store.images.get(id);
  const images = record ? store.images.set(id, withReferences(record, record.references.filter((r) => r !== key))) : store.images;
  return { ...store, images, references: store.references.delete(key) };
}

/** Images whose parent is `id` (a classic build's steps). */
export function childrenOf(store: ImageStore, id: string): ImageRecord[] {
  return store.images.filter((img) => img.parent === id);
}

/** ChainIDs used by some image (or pinned by a container layer): layers that must stay. */
export function layersInUse(store: ImageStore, pinned: Iterable<string> = []): Set<string> {
  const used = new Set<string>();
  for (const image of store.images.values()) for (const chainId of image.chain) used.add(chainId);
  for (const top of pinned) {
    for (let layer = store.layers.get(top); layer; layer = layer.parent ? store.layers.get(layer.parent) : undefined) {
      if (used.has(layer.chainId)) break;
      used.add(layer.chainId);
    }
  }
  return used;
}

/**
 * Removes an image (its references must be gone already) and every layer no longer used;
 * returns the store and the removed ChainIDs, top first (the `Deleted:` lines after the image's).
 */
export function deleteImage(store: ImageStore, id: string, pinned: Iterable<string> = []): { store: ImageStore; removedLayers: Digest[] } {
  const record = store.images.get(id);
  if (!record) return { store, removedLayers: [] };
  const next: ImageStore = { ...store, images: store.images.delete(id) };
  const used = layersInUse(next, pinned);
  const removed = [...record.chain].reverse().filter((chainId) => !used.has(chainId) && next.layers.has(chainId));
  let layers = next.layers;
  for (const chainId of removed) layers = layers.delete(chainId);
  return { store: { ...next, layers }, removedLayers: removed };
}

/** Removes layers that no image and no pinned container layer uses (after a container removal). */
export function collectLayers(store: ImageStore, pinned: Iterable<string> = []): { store: ImageStore; removedLayers: Digest[] } {
  const used = layersInUse(store, pinned);
  const removed = [...store.layers.keys()].filter((k) => !used.has(k)) as Digest[];
  let layers = store.layers;
  for (const chainId of removed) layers = layers.delete(chainId);
  return { store: { ...store, layers }, removedLayers: removed };
}

/** The uncompressed tar of a layer: the bytes its DiffID is the digest of. */
export function layerTarOf(layer: LayerRecord): Uint8Array {
  return layer.tar ?? treeToTar(layer.tree);
}

/** The layers of an image, bottom first. */
export function layersOf(store: ImageStore, image: ImageRecord): LayerRecord[] {
  return image.chain.map((chainId) => {
    const layer = store.layers.get(chainId);
    if (!layer) throw new RangeError(`layer ${chainId} of image ${image.id} is missing`);
    return layer;
  });
}

/** An image's size: the sum of its layers' sizes (the classic store's `Size`). */
export function imageSize(store: ImageStore, image: ImageRecord): number {
  return layersOf(store, image).reduce((sum, l) => sum + l.size, 0);
}

/** The image's root filesystem: its layers flattened (cached per layer stack). */
export function rootfsOf(store: ImageStore, image: ImageRecord): DirectoryNode {
  return flattenLayers(layersOf(store, image).map((l) => l.tree));
}

/** Records that a layer's blob exists at `source` (keeps one entry per repository). */
export function addBlobSource(store: ImageStore, diffId: string, source: BlobSource): ImageStore {
  const known = store.blobSources.get(diffId) ?? [];
  if (known.some((s) => s.repository === source.repository && s.digest === source.digest)) return store;
  return { ...store, blobSources: store.blobSources.set(diffId, [...known.filter((s) => s.repository !== source.repository), source]) };
}
