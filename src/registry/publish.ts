/**
 * @module
 * Putting an image into a repository — what the end of a `docker push` does, and how lessons
 * seed private registries: link the layer and config blobs, store the schema 2 manifest, point
 * the tag at it. Pure: returns the next registry state and the manifest's digest and size.
 */
import { digestOf } from '../core/digest.js';
import { dockerManifest, MEDIA_TYPES } from './manifest.js';
import { newRepository, type LayerBlobRecord, type RegistryState } from './state.js';
import { findRepository } from './view.js';

/** What a published image consists of. */
export interface PublishedImage {
  /** Layer blobs, bottom first. */
  readonly layers: readonly LayerBlobRecord[];
  /** The exact configuration JSON. */
  readonly rawConfig: string;
}

/** The result of {@link publishImage}. */
export interface Published {
  readonly state: RegistryState;
  readonly digest: string;
  /** Manifest length in bytes (`size: N` in push output). */
  readonly size: number;
}

/** Stores `image` in repository `path` under `tag` (a new repository is created public). */
export function publishImage(state: RegistryState, path: string, tag: string, image: PublishedImage): Published {
  const configSize = new TextEncoder().encode(image.rawConfig).length;
  const configDigest = digestOf(image.rawConfig);
  const raw = dockerManifest(
    { mediaType: MEDIA_TYPES.dockerConfig, digest: configDigest, size: configSize },
    image.layers.map((l) => ({ mediaType: MEDIA_TYPES.dockerLayer, digest: l.digest, size: l.size })),
  );
  const digest = digestOf(raw);
  let blobs = state.blobs;
  for (const layer of image.layers) if (!blobs.has(layer.digest)) blobs = blobs.set(layer.digest, { ...layer, mediaType: MEDIA_TYPES.dockerLayer });
  if (!blobs.has(configDigest)) blobs = blobs.set(configDigest, { kind: 'config', digest: configDigest, mediaType: MEDIA_TYPES.dockerConfig, size: configSize, raw: image.rawConfig });
  // Start from what the registry shows (catalogue included) so the stored record keeps existing tags.
  const own = state.repositories.get(path) ?? (findRepository(state, path) ? { ...newRepository(path), private: findRepository(state, path)!.private } : newRepository(path));
  let links = own.blobs;
  for (const l of image.layers) links = links.set(l.digest, true);
  links = links.set(configDigest, true);
  const repository = {
    ...own,
    tags: own.tags.set(tag, digest),
    manifests: own.manifests.set(digest, { digest, mediaType: MEDIA_TYPES.dockerManifest, raw }),
    blobs: links,
  };
  return { state: { ...state, blobs, repositories: state.repositories.set(path, repository) }, digest, size: new TextEncoder().encode(raw).length };
}
