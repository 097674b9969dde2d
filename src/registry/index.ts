/**
 * @module
 * `registry/`: in-memory registries (Docker Hub with its catalogue of official images, and any
 * host a world adds), their manifests, blobs, accounts and access rules, and the daemon side of
 * distribution — pull, push and login with Docker's progress messages over virtual time.
 */
export * from './state.js';
export * from './manifest.js';
export * from './auth.js';
export { Registry, type SeedImage } from './registry.js';
export { publishImage, type PublishedImage, type Published } from './publish.js';
export { findRepository, findBlob, findManifest, repositoryBlob, repositoryNames } from './view.js';
export { registryUrl, findRegistry } from './endpoint.js';
export { PROGRESS_INTERVAL_MS, EXTRACT_BYTES_PER_SECOND } from './transfer.js';
export { DistributionService } from './distribution.js';
export type { PullOptions } from './pull.js';
export { layerBlob, type PushOptions } from './push.js';
export { dockerHubCatalogue, CATALOGUE } from './catalogue/index.js';
export type { CatalogueImage, CatalogueStep } from './catalogue/spec.js';
