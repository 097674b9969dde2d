/**
 * @module
 * The image service of one daemon: Docker's image verbs over the host's image store, each one
 * commit (store change + events) through the host context. The container layer supplies
 * {@link ImageHooks} (who uses an image); the builder and `docker commit` add images with
 * {@link ImageService.create}; the container runtime reads an image's root filesystem with
 * {@link ImageService.rootfs}.
 */
import { castDraft } from 'immer';
import type { HostContext } from '../daemon/context.js';
import type { DirectoryNode } from '../fs/node.js';
import { familiarString, tagNameOnly } from '../reference/format.js';
import { parseNormalizedNamed, type Reference } from '../reference/parse.js';
import { saveImages } from './archive.js';
import type { ImageConfigDocument } from './config.js';
import { imageEvent } from './events.js';
import type { Filters } from './filters.js';
import { imageHistory, type HistoryResponseItem } from './history.js';
import { NO_CONTAINERS, type ImageHooks } from './hooks.js';
import { inspectImage, type ImageInspect } from './inspect.js';
import type { JsonMessage } from './json-message.js';
import { listImages, type ImageListOptions, type ImageSummary } from './list.js';
import { loadImages, readArchive, type LoadOptions } from './load.js';
import { getImage } from './lookup.js';
import type { Outcome } from './outcome.js';
import { pruneImages, type ImagePruneResponse } from './prune.js';
import type { ImageRecord, ImageStore, LayerRecord } from './records.js';
import { removeImage, type DeleteResponseItem, type RemoveOptions } from './remove.js';
import { layersOf, putImage, putLayers, rootfsOf, setReference, type NewLayer } from './store.js';
import { tagImage } from './tag.js';

/** What {@link ImageService.create} needs: the full layer stack and the configuration. */
export interface NewImageInput {
  /** Every layer of the image, bottom first (layers already in the store are reused). */
  readonly layers: readonly NewLayer[];
  /** The configuration; its `rootfs.diff_ids` must be the layers' DiffIDs. */
  readonly config: ImageConfigDocument | string;
  /** Local parent (classic builder steps, `docker commit`). */
  readonly parent?: string;
  /** References to point at the new image (`-t`, `docker commit repo:tag`). */
  readonly tags?: readonly string[];
}

/** Docker's image verbs for one daemon. */
export class ImageService {
  readonly #ctx: HostContext;
  #hooks: ImageHooks = NO_CONTAINERS;

  constructor(ctx: HostContext) {
    this.#ctx = ctx;
  }

  /** Installs the container layer's answers (who uses an image, which layers containers pin). */
  setHooks(hooks: ImageHooks): void {
    this.#hooks = hooks;
  }

  /** The current hooks. */
  get hooks(): ImageHooks {
    return this.#hooks;
  }

  /** The host's image store now. */
  get store(): ImageStore {
    return this.#ctx.state.images;
  }

  /** Commits an outcome (store and events) and returns its result. */
  apply<T>(outcome: Outcome<T>): T {
    this.#ctx.commit((host) => {
      host.images = castDraft(outcome.store);
    }, outcome.events);
    return outcome.result;
  }

  /** Resolves a name, tag, digest, ID or ID prefix (`No such image` otherwise). */
  get(name: string): ImageRecord {
    return getImage(this.store, name);
  }

  /** The image's layers, bottom first. */
  layers(image: ImageRecord): LayerRecord[] {
    return layersOf(this.store, image);
  }

  /** The image's root filesystem (its layers flattened, shared between containers). */
  rootfs(image: ImageRecord): DirectoryNode {
    return rootfsOf(this.store, image);
  }

  /** `GET /images/json`. */
  list(options: ImageListOptions = {}): ImageSummary[] {
    return listImages(this.store, options, this.#hooks, this.#ctx.now());
  }

  /** `GET /images/{name}/json`. */
  inspect(name: string): ImageInspect {
    const store = this.store;
    return inspectImage(store, getImage(store, name));
  }

  /** `GET /images/{name}/history`. */
  history(name: string): HistoryResponseItem[] {
    const store = this.store;
    return imageHistory(store, getImage(store, name));
  }

  /** `POST /images/{name}/tag`. */
  tag(name: string, repo: string, tag?: string): Reference {
    return this.apply(tagImage(this.store, name, repo, tag, this.#ctx.now()));
  }

  /** `DELETE /images/{name}`. */
  remove(name: string, options: RemoveOptions = {}): DeleteResponseItem[] {
    return this.apply(removeImage(this.store, name, options, this.#hooks));
  }

  /** `POST /images/prune`. */
  prune(filters: Filters = {}): ImagePruneResponse {
    return this.apply(pruneImages(this.store, filters, this.#hooks, this.#ctx.now()));
  }

  /** `GET /images/get`: a docker-archive tar. */
  save(names: readonly string[]): Uint8Array {
    const { tar, events } = saveImages(this.store, names);
    this.#ctx.commit(() => {}, events);
    return tar;
  }

  /** `POST /images/load`: the JSON messages Docker answers with. */
  async load(archive: Uint8Array, options: LoadOptions = {}): Promise<JsonMessage[]> {
    const images = await readArchive(archive);
    return this.apply(loadImages(this.store, images, this.#ctx.now(), options));
  }

  /** Adds an image built from layers (builder, `docker commit`), tagging it as asked, in one commit. */
  create(input: NewImageInput): ImageRecord {
    const now = this.#ctx.now();
    const layered = putLayers(this.store, input.layers);
    const put = putImage(layered.store, { config: input.config, ...(input.parent ? { parent: input.parent } : {}) });
    let store = put.store;
    const events = [];
    for (const tag of input.tags ?? []) {
      const ref = tagNameOnly(parseNormalizedNamed(tag));
      store = setReference(store, ref, put.image.id, now);
      events.push(imageEvent('tag', put.image.id, familiarString(ref), put.image.config.config.Labels));
    }
    this.apply({ store, result: undefined, events });
    return this.store.images.get(put.image.id)!;
  }
}
