/**
 * Test helpers: images made from small trees, without a registry.
 */
import { diffIdOf } from '../../src/fs/layer-digest.js';
import { buildTree, type TreeSpec } from '../../src/fs/tree.js';
import type { ImageConfig } from '../../src/image/config.js';
import { newImageConfig } from '../../src/image/new-config.js';
import type { ImageRecord } from '../../src/image/records.js';
import type { World } from '../../src/world/world.js';

/** What {@link addImage} makes. */
export interface TestImage {
  readonly layers: readonly TreeSpec[];
  readonly tags?: readonly string[];
  readonly config?: ImageConfig;
  readonly parent?: string;
  readonly host?: string;
  /** Labels the image (and makes otherwise identical images distinct). */
  readonly labels?: { readonly [key: string]: string };
}

/** Adds an image to a host's store; layers are built with mtime 0 so equal specs share layers. */
export function addImage(world: World, image: TestImage): ImageRecord {
  const service = world.host(image.host).daemon.images;
  const trees = image.layers.map((spec) => buildTree(spec));
  const config = newImageConfig({
    diffIds: trees.map(diffIdOf),
    config: { Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], Cmd: ['/bin/sh'], ...(image.config ?? {}), ...(image.labels ? { Labels: image.labels } : {}) },
    history: trees.map((_, i) => ({ created_by: `RUN step ${i} # buildkit`, comment: 'buildkit.dockerfile.v0' })),
    created: world.clock.now(),
  });
  return service.create({ layers: trees.map((tree) => ({ tree })), config, tags: image.tags ?? [], ...(image.parent ? { parent: image.parent } : {}) });
}
