/**
 * @module
 * Wires the image store into the container layer: create resolves its image through the image
 * store's lookup (tag, digest, id, id prefix; `No such image` otherwise), and
 * `ps --filter ancestor` sees an image and every image built on it.
 */
import type { ContainerImages } from '../container/hooks.js';
import { DockerError } from '../core/errors.js';
import type { ImageService } from '../image/service.js';
import { childrenOf } from '../image/store.js';

/** The container layer's view of a host's image store. */
export function containerImages(images: ImageService): ContainerImages {
  return {
    resolve(ref) {
      try {
        const image = images.get(ref);
        return { id: image.id, config: image.config.config };
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
  };
}
