/**
 * @module
 * Turns catalogue images into registry content, once per process and on demand: file trees from
 * the specs, layer blobs (DiffID and blob digest computed from real bytes, sizes nominal), one
 * configuration per platform (amd64 and arm64/v8), OCI manifests and an OCI index per image.
 * Built from constants only, so every world sees identical digests.
 */
import { digestOf } from '../../core/digest.js';
import { Table } from '../../core/table.js';
import { parseTimestamp } from '../../core/time.js';
import { directoryNode, whiteoutNode, type DirectoryNode } from '../../fs/node.js';
import { diffIdOf, layerBlobOf } from '../../fs/layer-digest.js';
import { buildTree, putNode } from '../../fs/tree.js';
import { serializeImageConfig, type HistoryEntry, type ImageConfigDocument } from '../../image/config.js';
import { MEDIA_TYPES, ociIndex, ociManifest, type Descriptor } from '../manifest.js';
import { newRepository, type BlobRecord, type LayerBlobRecord, type ManifestRecord, type RepositoryRecord } from '../state.js';
import type { CatalogueImage } from './spec.js';

/** A built catalogue image: its blobs, manifests and index. */
export interface BuiltImage {
  readonly layers: readonly LayerBlobRecord[];
  readonly history: readonly HistoryEntry[];
  readonly blobs: readonly BlobRecord[];
  readonly manifests: readonly ManifestRecord[];
  /** The index the tags point at. */
  readonly index: ManifestRecord;
}

const built = new WeakMap<CatalogueImage, BuiltImage>();
const encoder = new TextEncoder();

function layerOf(image: CatalogueImage, files: NonNullable<CatalogueImage['steps'][number]['files']>, deletes: readonly string[], size: number, blobSize: number): LayerBlobRecord {
  const mtime = parseTimestamp(image.created) ?? 0;
  let tree: DirectoryNode = buildTree(typeof files === 'function' ? files() : files, { mtime });
  for (const path of deletes) tree = putNode(tree, path, whiteoutNode(), { parents: { mtime } });
  const blob = layerBlobOf(tree);
  return { kind: 'layer', digest: blob.digest, mediaType: MEDIA_TYPES.ociLayer, size: blobSize, diffId: diffIdOf(tree), uncompressedSize: size, tree };
}

/** Builds (once) a catalogue image and its base chain. */
export function buildImage(image: CatalogueImage): BuiltImage {
  const cached = built.get(image);
  if (cached) return cached;
  const base = image.base ? buildImage(image.base) : undefined;
  const layers = [...(base?.layers ?? [])];
  const history = [...(base?.history ?? [])];
  for (const step of image.steps) {
    const entry: HistoryEntry = { created: image.created, created_by: step.createdBy, ...(step.comment ? { comment: step.comment } : {}) };
    if (step.files || step.deletes) {
      layers.push(layerOf(image, step.files ?? {}, step.deletes ?? [], step.size ?? 0, step.blobSize ?? 0));
      history.push(entry);
    } else history.push({ ...entry, empty_layer: true });
  }
  const blobs: BlobRecord[] = [...layers];
  const manifests: ManifestRecord[] = [];
  const descriptors: Descriptor[] = [];
  for (const arch of ['amd64', ...(image.platforms ?? ['arm64'])].filter((a, i, all) => all.indexOf(a) === i)) {
    const doc: ImageConfigDocument = {
      architecture: arch,
      os: 'linux',
      ...(arch === 'arm64' ? { variant: 'v8' } : {}),
      created: image.created,
      config: image.config,
      rootfs: { type: 'layers', diff_ids: layers.map((l) => l.diffId) },
      history,
    };
    const raw = serializeImageConfig(doc);
    const config: BlobRecord = { kind: 'config', digest: digestOf(raw), mediaType: MEDIA_TYPES.ociConfig, size: encoder.encode(raw).length, raw };
    blobs.push(config);
    const manifestRaw = ociManifest(
      { mediaType: config.mediaType, digest: config.digest, size: config.size },
      layers.map((l) => ({ mediaType: l.mediaType, digest: l.digest, size: l.size })),
    );
    const manifest: ManifestRecord = { digest: digestOf(manifestRaw), mediaType: MEDIA_TYPES.ociManifest, raw: manifestRaw };
    manifests.push(manifest);
    descriptors.push({
      mediaType: manifest.mediaType,
      digest: manifest.digest,
      size: encoder.encode(manifestRaw).length,
      platform: { architecture: arch, os: 'linux', ...(arch === 'arm64' ? { variant: 'v8' } : {}) },
    });
  }
  const indexRaw = ociIndex(descriptors);
  const index: ManifestRecord = { digest: digestOf(indexRaw), mediaType: MEDIA_TYPES.ociIndex, raw: indexRaw };
  const result: BuiltImage = { layers, history, blobs, manifests: [...manifests, index], index };
  built.set(image, result);
  return result;
}

/** Builds the repository record of a catalogue repository from its images. */
export function buildRepository(path: string, images: readonly CatalogueImage[]): { repository: RepositoryRecord; blobs: BlobRecord[] } {
  let repository = newRepository(path);
  const blobs: BlobRecord[] = [];
  let tags = Table.empty<string>();
  let manifests = repository.manifests;
  let links = repository.blobs;
  for (const image of images) {
    const b = buildImage(image);
    for (const blob of b.blobs) {
      blobs.push(blob);
      links = links.set(blob.digest, true);
    }
    for (const m of b.manifests) manifests = manifests.set(m.digest, m);
    for (const tag of image.tags) tags = tags.set(tag, b.index.digest);
  }
  repository = { ...repository, tags, manifests, blobs: links };
  return { repository, blobs };
}

/** An empty tree, for steps that only delete. */
export const EMPTY_TREE = directoryNode();
