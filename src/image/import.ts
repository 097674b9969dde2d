/**
 * @module
 * `docker import` (`POST /images/create?fromSrc=-`, moby `ImageService.ImportImage`): a tarball
 * becomes a one-layer image — its DiffID the sha256 of the (decompressed) tar — whose config is
 * what the `changes` made of an empty container config, on the requested platform (default the
 * host's), with one history entry carrying the message ("Imported from -" by default). Tagged when
 * a repository is given; Docker logs `tag` then `import`.
 */
import { digestOf } from '../core/digest.js';
import { formatTimestamp } from '../core/time.js';
import type { DirectoryNode } from '../fs/node.js';
import { familiarString } from '../reference/format.js';
import type { Reference } from '../reference/parse.js';
import type { ImageConfig, ImageConfigDocument } from './config.js';
import { imageEvent } from './events.js';
import type { Outcome } from './outcome.js';
import type { ImageStore } from './records.js';
import { putImage, putLayers, setReference } from './store.js';

/** What an import is made of. */
export interface ImportInput {
  /** The layer: the tar as sent (decompressed) and its tree. */
  readonly tar: Uint8Array;
  readonly tree: DirectoryNode;
  /** Run-time config (the `changes` applied to an empty one). */
  readonly config: ImageConfig;
  /** The history comment and image comment (`-m`, default "Imported from -"). */
  readonly comment: string;
  readonly platform: { readonly os: string; readonly architecture: string; readonly variant?: string };
  /** Virtual epoch ms. */
  readonly created: number;
  /** `repo:tag` to point at the image. */
  readonly reference?: Reference;
}

/** Adds the imported image; the result is its id. */
export function importImage(store: ImageStore, input: ImportInput): Outcome<string> {
  const created = formatTimestamp(input.created);
  const document: ImageConfigDocument = {
    architecture: input.platform.architecture,
    os: input.platform.os,
    ...(input.platform.variant ? { variant: input.platform.variant } : {}),
    created,
    comment: input.comment,
    config: input.config,
    rootfs: { type: 'layers', diff_ids: [digestOf(input.tar)] },
    history: [{ created, comment: input.comment }],
  };
  const layered = putLayers(store, [{ tree: input.tree, tar: input.tar }]);
  const put = putImage(layered.store, { config: document });
  const id = put.image.id;
  const events = [];
  let next = put.store;
  if (input.reference) {
    next = setReference(next, input.reference, id, input.created);
    events.push(imageEvent('tag', id, familiarString(input.reference)));
  }
  events.push(imageEvent('import', id, id));
  return { store: next, result: id, events };
}
