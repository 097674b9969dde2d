/**
 * @module
 * Reading a registry: its own repositories and blobs, over Docker Hub's catalogue when the
 * registry serves it (the catalogue is constant and read through, never copied into the state).
 * Content pushed by users wins over the catalogue (a pushed tag replaces a catalogue tag).
 */
import { dockerHubCatalogue } from './catalogue/index.js';
import type { BlobRecord, ManifestRecord, RegistryState, RepositoryRecord } from './state.js';

/** The repository at `path`, merged with the catalogue's when both exist. */
export function findRepository(state: RegistryState, path: string): RepositoryRecord | undefined {
  const own = state.repositories.get(path);
  const seeded = state.catalogue ? dockerHubCatalogue.repository(path) : undefined;
  if (!seeded) return own;
  if (!own) return seeded;
  let { tags, manifests, blobs } = seeded;
  for (const [tag, digest] of own.tags) tags = tags.set(tag, digest);
  for (const [digest, m] of own.manifests) manifests = manifests.set(digest, m);
  for (const [digest] of own.blobs) blobs = blobs.set(digest, true);
  return { ...own, tags, manifests, blobs };
}

/** The blob with `digest`, if the registry holds it. */
export function findBlob(state: RegistryState, digest: string): BlobRecord | undefined {
  return state.blobs.get(digest) ?? (state.catalogue ? dockerHubCatalogue.blob(digest) : undefined);
}

/** The blob with `digest` when it is linked into `repository` (what `HEAD /v2/<name>/blobs/<digest>` answers). */
export function repositoryBlob(state: RegistryState, repository: RepositoryRecord | undefined, digest: string): BlobRecord | undefined {
  return repository?.blobs.has(digest) ? findBlob(state, digest) : undefined;
}

/** The manifest a tag or digest names in a repository. */
export function findManifest(repository: RepositoryRecord, reference: string): ManifestRecord | undefined {
  const digest = reference.includes(':') ? reference : repository.tags.get(reference);
  return digest === undefined ? undefined : repository.manifests.get(digest);
}

/** Every repository path of the registry (catalogue included), sorted: `GET /v2/_catalog`. */
export function repositoryNames(state: RegistryState): string[] {
  const names = new Set(state.repositories.keys());
  if (state.catalogue) for (const path of dockerHubCatalogue.paths()) names.add(path);
  return [...names].sort();
}
