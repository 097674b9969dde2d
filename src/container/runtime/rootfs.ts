/**
 * @module
 * Containers' root filesystems (overlay2): the image's layers, read-only and shared by every
 * container of the image, under the container's own writable layer. The writable layer is state —
 * `containerLayers` in the host's slice, one commit per change — so `docker diff`, `commit`,
 * `export`, `cp` and a saved world all read it from there, it survives stop/start, and removing the
 * container deletes it (a new container of the same image sees the pristine image).
 */
import { castDraft } from 'immer';
import type { HostContext } from '../../daemon/context.js';
import type { DirectoryNode } from '../../fs/node.js';
import { newUpper } from '../../fs/overlay.js';
import { OverlayFs, type Mount, type TreeSource } from '../../fs/overlay-fs.js';
import { treeSize } from '../../fs/tree.js';
import { flattenLayers } from '../../fs/union.js';
import type { ContainerRecord } from '../record.js';
import { initMounts } from './init.js';

/** Where the image layers of a container come from (the image store's layer records). */
export type LayerTrees = (chain: readonly string[]) => readonly DirectoryNode[];

const lowerSizes = new WeakMap<DirectoryNode, number>();

/** The filesystems of one host's containers. */
export class ContainerFilesystems {
  readonly #ctx: HostContext;
  readonly #open = new Map<string, OverlayFs>();
  readonly #layerTrees: LayerTrees;
  /** Extra mounts for a container (volumes, binds, tmpfs; set by the volume layer). */
  mountsOf: (record: ContainerRecord) => readonly Mount[] = () => [];

  constructor(ctx: HostContext, layerTrees: LayerTrees) {
    this.#ctx = ctx;
    this.#layerTrees = layerTrees;
  }

  /** The image's flattened layers under `record` (shared between containers of one image). */
  lower(record: ContainerRecord): DirectoryNode {
    return flattenLayers(this.#layerTrees(record.internal.layerChain ?? []));
  }

  /** The writable layer as it is now (an empty diff while nothing was written). */
  upper(record: ContainerRecord): DirectoryNode {
    return this.#ctx.state.containerLayers.get(record.Id) ?? newUpper(this.lower(record));
  }

  /** The container's filesystem, as its processes, `docker cp` and `docker diff` see it. */
  open(record: ContainerRecord): OverlayFs {
    let fs = this.#open.get(record.Id);
    if (!fs) {
      fs = new OverlayFs({ lower: this.lower(record), upper: this.#source(record), mounts: [...this.mountsOf(record), ...initMounts(record)], now: () => this.#ctx.now() });
      this.#open.set(record.Id, fs);
    }
    return fs;
  }

  /** The container's filesystem as it would be over `upper` (not cached, never written): what runc checks before exec. */
  preview(record: ContainerRecord, upper: DirectoryNode): OverlayFs {
    return new OverlayFs({ lower: this.lower(record), upper: { read: () => upper, write: () => {} }, mounts: [...this.mountsOf(record), ...initMounts(record)], now: () => this.#ctx.now() });
  }

  /** Drops the cached view of a removed container (its layer left the state in the removal commit). */
  forget(id: string): void {
    this.#open.delete(id);
  }

  /** `SizeRw` (bytes in the writable layer) and `SizeRootFs` (the image's plus those). */
  sizes(record: ContainerRecord): { readonly rw: number; readonly rootFs: number } {
    const written = this.#ctx.state.containerLayers.get(record.Id);
    const rw = written ? treeSize(written) : 0;
    const lower = this.lower(record);
    let base = lowerSizes.get(lower);
    if (base === undefined) lowerSizes.set(lower, (base = treeSize(lower)));
    return { rw, rootFs: base + rw };
  }

  #source(record: ContainerRecord): TreeSource {
    const id = record.Id;
    return {
      read: () => this.#ctx.state.containerLayers.get(id) ?? newUpper(this.lower(record)),
      write: (tree) => {
        if (!this.#ctx.state.containers.has(id)) return; // a write racing the removal is lost, as on disk
        this.#ctx.commit((host) => {
          host.containerLayers = castDraft(host.containerLayers.set(id, tree as DirectoryNode));
        });
      },
    };
  }
}
