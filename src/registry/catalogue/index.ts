/**
 * @module
 * Docker Hub's catalogue of official images, as the `docker.io` registry of every world serves
 * it: repositories and tags below, each built on first use (then cached for the process) from
 * the constant specs in this folder. See `spec.ts` for what the contents and sizes are.
 */
import type { BlobRecord, RepositoryRecord } from '../state.js';
import { buildRepository } from './build.js';
import type { CatalogueImage } from './spec.js';
import { HELLO_WORLD } from './hello-world.js';
import { ALPINE } from './alpine.js';

/** Repository path → its images (each with its tags). */
export const CATALOGUE: { readonly [path: string]: () => readonly CatalogueImage[] } = {
  'library/hello-world': () => HELLO_WORLD,
  'library/alpine': () => ALPINE,
};

const repositories = new Map<string, RepositoryRecord>();
const blobs = new Map<string, BlobRecord>();

/** Docker Hub's catalogue, built lazily. */
export const dockerHubCatalogue = {
  /** The repository at `path`, if the catalogue has it. */
  repository(path: string): RepositoryRecord | undefined {
    const cached = repositories.get(path);
    if (cached) return cached;
    const images = Object.hasOwn(CATALOGUE, path) ? CATALOGUE[path]!() : undefined;
    if (!images) return undefined;
    const { repository, blobs: own } = buildRepository(path, images);
    for (const blob of own) blobs.set(blob.digest, blob);
    repositories.set(path, repository);
    return repository;
  },
  /** A blob of an already built repository. */
  blob(digest: string): BlobRecord | undefined {
    return blobs.get(digest);
  },
  /** Every repository path. */
  paths(): string[] {
    return Object.keys(CATALOGUE).sort();
  },
};
