/**
 * @module
 * What a host's classic image store holds (moby `image/store.go`, `layer/layer_store.go`,
 * `reference/store.go`, `distribution/metadata`): images keyed by ID, layers keyed by ChainID,
 * the reference index (tags and digests → image ID) and, per layer DiffID, the registry blobs it
 * is known to exist as (so a push can say "Layer already exists" or "Mounted from"). Records are
 * frozen plain data in `Table`s.
 */
import type { Digest } from '../core/digest.js';
import { Table } from '../core/table.js';
import type { DirectoryNode } from '../fs/node.js';
import type { ImageConfigDocument } from './config.js';

/** One image: its configuration (exact bytes and parsed), parent, layer chain and references. */
export interface ImageRecord {
  /** `sha256:` + sha256 of {@link ImageRecord.rawConfig}. */
  readonly id: Digest;
  /** The configuration document, parsed. */
  readonly config: ImageConfigDocument;
  /** The exact configuration bytes (as text) the ID is computed from. */
  readonly rawConfig: string;
  /** The local parent image (classic builds and commits), or `''`. */
  readonly parent: string;
  /** ChainIDs of the layers, bottom first (derived from the DiffIDs). */
  readonly chain: readonly Digest[];
  /** Canonical references (`docker.io/library/alpine:latest`, `…@sha256:…`) naming this image, sorted. */
  readonly references: readonly string[];
  /** When a tag was last set on it (virtual epoch ms); pulls do not set it. */
  readonly lastTagTime?: number;
}

/** One layer of the layer store. */
export interface LayerRecord {
  readonly chainId: Digest;
  readonly diffId: Digest;
  /** The ChainID of the layer below, absent for a base layer. */
  readonly parent?: Digest;
  /** Bytes of the layer's content (Docker's `DiffSize`). */
  readonly size: number;
  /** The layer's diff (with whiteouts). */
  readonly tree: DirectoryNode;
  /**
   * The compressed size a registry reports for this layer's blob, when it came from one. Catalogue
   * layers hold a small real tree but carry the real image's nominal sizes (see registry/catalogue).
   */
  readonly blobSize?: number;
  /**
   * The layer's original uncompressed tar, kept only when it differs from this simulation's own
   * serialization of `tree` (an archive written by real Docker), so the DiffID stays honest.
   */
  readonly tar?: Uint8Array;
}

/** A registry blob that holds a layer (v2 metadata: lets a push skip or mount it). */
export interface BlobSource {
  /** Digest of the compressed blob. */
  readonly digest: Digest;
  /** Canonical repository name where it was seen (`docker.io/library/node`). */
  readonly repository: string;
  /** Compressed size. */
  readonly size: number;
}

/** The image store of one host. */
export interface ImageStore {
  /** Images by ID. */
  readonly images: Table<ImageRecord>;
  /** Layers by ChainID. */
  readonly layers: Table<LayerRecord>;
  /** Canonical reference → image ID. */
  readonly references: Table<string>;
  /** DiffID → registry blobs known to hold that layer. */
  readonly blobSources: Table<readonly BlobSource[]>;
}

/** An empty image store (a fresh daemon). */
export function emptyImageStore(): ImageStore {
  return { images: Table.empty(), layers: Table.empty(), references: Table.empty(), blobSources: Table.empty() };
}

/** The part of a host's state the image store adds. */
export interface ImageSlice {
  readonly images: ImageStore;
}
