/**
 * @module
 * Committing a classic build step (moby `CommitBuildStep`/`exportImage` → `image.NewChildImage`):
 * the new image is the parent's layers plus the step's layer — none when the diff is empty, and
 * then the history entry is `empty_layer` — with the config so far, the step's container config
 * and container id, `created_by` = the step's command, and the parent recorded so the cache and
 * `docker history` can follow the chain. Layer mtimes later than the build's source date are
 * clamped to it (BuildKit's `rewrite-timestamp`), so identical steps give identical layers
 * whenever they run.
 */
import { formatTimestamp } from '../../core/time.js';
import { ENGINE_VERSION } from '../../daemon/version.js';
import { diffIdOf, EMPTY_LAYER_DIFF_ID } from '../../fs/layer-digest.js';
import { directoryNode, isDirectory, withMeta, type DirectoryNode, type TreeNode } from '../../fs/node.js';
import type { HistoryEntry, ImageConfigDocument } from '../../image/config.js';
import type { ImageRecord } from '../../image/records.js';
import type { ImageService } from '../../image/service.js';
import { layersOf } from '../../image/store.js';
import { createdBy } from '../plan/history.js';
import type { RunConfig } from '../plan/run-config.js';
import { imageConfigOf, storedContainerConfig } from './step-config.js';

/** What a step commits. */
export interface StepCommit {
  /** The image the step started from (`""` after `FROM scratch`). */
  readonly parentId: string;
  /** The step's layer (a diff); none or empty: a metadata-only step. */
  readonly layer?: DirectoryNode;
  /** The config after the step. */
  readonly config: RunConfig;
  /** The step's container config (its `Cmd` is the recorded command). */
  readonly containerConfig: RunConfig;
  /** The step's container, if one was created. */
  readonly containerId?: string;
  /** MAINTAINER so far. */
  readonly author: string;
  /** Virtual time of the commit. */
  readonly created: number;
  /** Latest mtime a layer may carry (epoch ms). */
  readonly sourceDate: number;
}

/** A tree whose mtimes are at most `limit` (unchanged nodes are shared). */
export function clampTimes(tree: DirectoryNode, limit: number): DirectoryNode {
  const clampNode = (node: TreeNode): TreeNode => {
    if (node.kind === 'whiteout') return node;
    const own = node.mtime > limit ? withMeta(node, { mtime: limit }) : node;
    if (!isDirectory(own)) return own;
    let entries = own.entries;
    for (const [name, child] of own.entries.entries()) {
      const next = clampNode(child);
      if (next !== child) entries = entries.set(name, next);
    }
    return entries === own.entries ? own : directoryNode({ ...own, entries, ...(own.opaque ? { opaque: true } : {}) });
  };
  return clampNode(tree) as DirectoryNode;
}

/** Adds the step's image to the store (reusing an identical one) and returns it. */
export function commitStep(images: ImageService, step: StepCommit): ImageRecord {
  const parent = step.parentId ? images.get(step.parentId) : undefined;
  const baseLayers = parent ? layersOf(images.store, parent) : [];
  const layer = step.layer ? clampTimes(step.layer, step.sourceDate) : undefined;
  const diffId = layer ? diffIdOf(layer) : EMPTY_LAYER_DIFF_ID;
  const empty = diffId === EMPTY_LAYER_DIFF_ID;
  const created = formatTimestamp(step.created);
  const entry: HistoryEntry = {
    created,
    created_by: createdBy(step.containerConfig.Cmd),
    ...(step.author ? { author: step.author } : {}),
    ...(empty ? { empty_layer: true } : {}),
  };
  const base = parent?.config;
  const document: ImageConfigDocument = {
    architecture: base?.architecture ?? 'amd64',
    os: base?.os ?? 'linux',
    ...(base?.variant ? { variant: base.variant } : {}),
    created,
    ...(step.author ? { author: step.author } : {}),
    ...(step.containerId ? { container: step.containerId } : {}),
    container_config: storedContainerConfig(step.containerConfig),
    docker_version: ENGINE_VERSION,
    config: imageConfigOf(step.config),
    rootfs: { type: 'layers', diff_ids: [...baseLayers.map((l) => l.diffId), ...(empty ? [] : [diffId])] },
    history: [...(base?.history ?? []), entry],
  };
  const layers = [...baseLayers.map((l) => ({ tree: l.tree, size: l.size, ...(l.tar ? { tar: l.tar } : {}) })), ...(empty || !layer ? [] : [{ tree: layer }])];
  return images.create({ layers, config: document, ...(parent ? { parent: parent.id } : {}) });
}
