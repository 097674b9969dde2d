/**
 * @module
 * Content addressing of layers, computed from real bytes: the DiffID is the sha256 of the
 * uncompressed layer tar, the blob digest the sha256 of its gzip compression (what registries
 * store and manifests list), and the ChainID identifies a layer together with everything below
 * it (`ChainID(L0) = DiffID(L0)`, `ChainID(Ln) = sha256(ChainID(Ln-1) + " " + DiffID(Ln))`,
 * OCI image-spec `identity`). Trees are immutable, so digests are cached per tree object.
 */
import { gzipSync } from 'fflate';
import { digestOf, type Digest } from '../core/digest.js';
import type { DirectoryNode } from './node.js';
import { treeToTar } from './tar-write.js';

/** The DiffID of an empty layer: sha256 of an empty tar (two zero blocks), moby `layer.DigestSHA256EmptyTar`. */
export const EMPTY_LAYER_DIFF_ID = 'sha256:5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef' as Digest;

/** A layer blob as a registry stores it. */
export interface LayerBlob {
  /** sha256 of the compressed bytes. */
  readonly digest: Digest;
  /** Length of the compressed bytes. */
  readonly size: number;
}

const diffIds = new WeakMap<DirectoryNode, Digest>();
const blobs = new WeakMap<DirectoryNode, LayerBlob>();

/** The layer tar of a diff tree. */
export function layerTar(tree: DirectoryNode): Uint8Array {
  return treeToTar(tree);
}

/** The DiffID of a diff tree: sha256 of its tar. */
export function diffIdOf(tree: DirectoryNode): Digest {
  let id = diffIds.get(tree);
  if (!id) {
    id = digestOf(layerTar(tree));
    diffIds.set(tree, id);
  }
  return id;
}

/**
 * Gzip as the layer blobs are compressed, deterministically (no timestamp in the gzip header),
 * so identical layers give identical blob digests on every host and every run.
 */
export function compress(tar: Uint8Array): Uint8Array {
  return gzipSync(tar, { level: 6, mtime: 0 });
}

/** The compressed blob of a diff tree (digest and size). */
export function layerBlobOf(tree: DirectoryNode): LayerBlob {
  let blob = blobs.get(tree);
  if (!blob) {
    const bytes = compress(layerTar(tree));
    blob = { digest: digestOf(bytes), size: bytes.length };
    blobs.set(tree, blob);
  }
  return blob;
}

/** The compressed bytes of a diff tree's layer blob. */
export function layerBlobBytes(tree: DirectoryNode): Uint8Array {
  return compress(layerTar(tree));
}

/** The ChainIDs of a stack of DiffIDs (bottom first), one per layer. */
export function chainIds(diffIdList: readonly Digest[]): Digest[] {
  const out: Digest[] = [];
  for (const diffId of diffIdList) out.push(out.length === 0 ? diffId : digestOf(`${out[out.length - 1]} ${diffId}`));
  return out;
}

/** The ChainID of the top of a stack of DiffIDs (undefined for an empty stack). */
export function chainIdOf(diffIdList: readonly Digest[]): Digest | undefined {
  return chainIds(diffIdList).pop();
}
