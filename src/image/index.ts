/**
 * @module
 * `image/`: the classic image store — image records (configuration, layers, history), the
 * reference index, and Docker's image verbs (list, inspect, history, tag, rmi, prune, save,
 * load) as pure functions over the store, committed by {@link ImageService}.
 */
export * from './config.js';
export * from './records.js';
export * from './store.js';
export * from './lookup.js';
export * from './filters.js';
export * from './hooks.js';
export * from './events.js';
export * from './json-message.js';
export type { Outcome } from './outcome.js';
export { inspectImage, repoTagsAndDigests, type ImageInspect } from './inspect.js';
export { listImages, createdMs, type ImageSummary, type ImageListOptions } from './list.js';
export { imageHistory, type HistoryResponseItem } from './history.js';
export { tagImage, repoTagReference } from './tag.js';
export { removeImage, type DeleteResponseItem, type RemoveOptions } from './remove.js';
export { pruneImages, type ImagePruneResponse } from './prune.js';
export { saveImages, selectImages, OCI_MEDIA_TYPES, type ArchiveManifestEntry } from './archive.js';
export { readArchive, loadImages, type ArchiveImage, type LoadOptions } from './load.js';
export { ImageService, type NewImageInput } from './service.js';
export { newImageConfig, type NewImageConfig } from './new-config.js';
export { checkImageStore } from './validate.js';
