/**
 * @module
 * Wires the image store and the container layer together, both ways: create resolves its image
 * through the image store's lookup (tag, digest, id, id prefix; `No such image` otherwise),
 * `ps --filter ancestor` sees an image and every image built on it, containers read their layers'
 * trees, and `docker commit` adds an image; the image store in turn asks which containers use an
 * image (rmi conflicts) and which layer chains containers still pin.
 */
import type { ContainerImages } from '../container/hooks.js';
import type { ContainerService } from '../container/service.js';
import { isRunning } from '../container/state.js';
import { DockerError } from '../core/errors.js';
import { formatTimestamp } from '../core/time.js';
import { diffIdOf, EMPTY_LAYER_DIFF_ID } from '../fs/layer-digest.js';
import type { ImageHooks } from '../image/hooks.js';
import type { ImageService } from '../image/service.js';
import { childrenOf, layersOf } from '../image/store.js';
import { newImageConfig } from '../image/new-config.js';

/** The container layer's view of a host's image store. */
export function containerImages(images: ImageService): ContainerImages {
  return {
    resolve(ref) {
      try {
        const image = images.get(ref);
        return { id: image.id, config: image.config.config, chain: image.chain };
      } catch (error) {
        if (error instanceof DockerError) return error;
        throw error;
      }
    },
    descendants(imageId) {
      const out = new Set<string>();
      const queue = [imageId];
      while (queue.length > 0) {
        const id = queue.pop()!;
        if (out.has(id)) continue;
        out.add(id);
        for (const child of childrenOf(images.store, id)) queue.push(child.id);
      }
      return out;
    },
    layerTrees(chain) {
      const layers = images.store.layers;
      return chain.flatMap((chainId) => {
        const layer = layers.get(chainId);
        return layer ? [layer.tree] : [];
      });
    },
    commit(input) {
      const base = images.store.images.get(input.parent);
      const baseLayers = base ? layersOf(images.store, base) : input.chain.flatMap((c) => images.store.layers.get(c) ?? []);
      const diffId = diffIdOf(input.layer);
      const empty = diffId === EMPTY_LAYER_DIFF_ID;
      const config = newImageConfig({
        ...(base ? { base: base.config } : {}),
        config: input.config,
        diffIds: [...baseLayers.map((l) => l.diffId), ...(empty ? [] : [diffId])],
        history: [{ created: formatTimestamp(input.created), created_by: input.createdBy, ...(input.author ? { author: input.author } : {}), ...(input.comment ? { comment: input.comment } : {}), ...(empty ? { empty_layer: true } : {}) }],
        created: input.created,
        ...(input.author ? { author: input.author } : {}),
        ...(input.comment ? { comment: input.comment } : {}),
      });
      // newImageConfig keeps the base's config fields; a commit's config is the container's, whole.
      const document = { ...config, config: input.config };
      const layers = [...baseLayers.map((l) => ({ tree: l.tree, size: l.size, ...(l.tar ? { tar: l.tar } : {}) })), ...(empty ? [] : [{ tree: input.layer }])];
      return images.create({ layers, config: document, parent: input.parent, ...(input.reference ? { tags: [input.reference] } : {}) }).id;
    },
  };
}

/** The image store's view of a host's containers. */
export function imageHooksOf(containers: ContainerService): ImageHooks {
  return {
    containersUsing(imageId) {
      const state = containers.runtime.ctx.state;
      return state.containers
        .filter((c) => c.Image === imageId)
        .sort((a, b) => a.internal.seq - b.internal.seq)
        .map((c) => ({ id: c.Id, running: isRunning(c.State.Status) }));
    },
    pinnedLayers() {
      const tops: string[] = [];
      for (const [, c] of containers.runtime.ctx.state.containers.entries()) {
        const top = c.internal.layerChain?.at(-1);
        if (top) tops.push(top);
      }
      return tops;
    },
  };
}
