/**
 * @module
 * `fs/`: immutable file trees, layers, union views and tar archives — the storage model of images
 * and containers (overlay2 with the classic image store).
 *
 * - **Trees** (`node.ts`, `tree.ts`): frozen nodes — files with real bytes, directories whose
 *   entries are persistent tables, symlinks — with mode/uid/gid/mtime. `buildTree(spec)` makes
 *   one from a compact spec; `getNode`/`putNode`/`removeNode` change one path and share the rest.
 * - **Layers** (`union.ts`, `layer-digest.ts`): a layer is a diff tree that may hold whiteouts and
 *   opaque directories. `flattenLayers(diffs)` is an image's root (cached per stack);
 *   `diffTrees(a, b)` the layer from one tree to another. `diffIdOf(tree)` = sha256 of the layer
 *   tar, `layerBlobOf(tree)` = sha256 and size of its gzip, `chainIds(diffIds)` as Docker computes them.
 * - **Tar** (`tar-write.ts`, `tar-read.ts`): `treeToTar(tree)` gives deterministic bytes
 *   (`.wh.` whiteouts, `.wh..wh..opq`); `tarToTree(bytes, { layer })` reads plain or gzip tars
 *   (asynchronous) for `docker load`, `docker cp` and build contexts; `readTar` lists entries.
 * - **Containers** (`overlay-fs.ts`): `new OverlayFs({ lower: flattenLayers(diffs), upper, mounts, now })`
 *   is a {@link ProcessFs}: programs read and write it; each change goes to the `upper`
 *   {@link TreeSource} as a new diff tree (the runtime commits it to its state), copy-up and
 *   whiteouts included. `fs.upper()` is the writable layer for `docker commit`, `fs.changes()`
 *   is `docker diff`, `fs.exportTree()` is `docker export`, `fs.snapshot(path)` is `docker cp`
 *   out (mounts included). Mounts map a container path to another source with its own
 *   read-only flag; `setMounts` replaces them; `asUser` gives a view with another user's
 *   permissions. `memorySource(tree)` is a ready-made source (tmpfs, tests).
 */
export * from './node.js';
export * from './path.js';
export * from './tree.js';
export { applyLayer, flattenLayers, mergeDirectory, diffTrees, sameNode } from './union.js';
export { layerChanges, changeLetter, CHANGE_KIND, type FilesystemChange } from './changes.js';
export { treeToTar, WHITEOUT_PREFIX, OPAQUE_MARKER, type TarWriteOptions } from './tar-write.js';
export { readTar, tarToTree, entriesToTree, isGzip, type TarEntry, type TreeFromTarOptions } from './tar-read.js';
export {
  EMPTY_LAYER_DIFF_ID,
  layerTar,
  diffIdOf,
  compress,
  layerBlobOf,
  layerBlobBytes,
  chainIds,
  chainIdOf,
  type LayerBlob,
} from './layer-digest.js';
export { newUpper, locate, lowerVisible, listNames, mergedAt, overlayPut, overlayRemove, type Overlay, type Located } from './overlay.js';
export { memorySource, type TreeSource, type Mount } from './tree-source.js';
export { OverlayFs, type OverlayFsOptions, type FsUser } from './overlay-fs.js';
