/**
 * @module
 * What the image store needs to know about containers, supplied by the daemon (the container
 * layer): which containers use an image (removal conflicts, `Containers` counts) and which layer
 * chains container filesystems still pin (an image removed with `-f` keeps its layers while a
 * container needs them).
 */

/** A container that uses an image. */
export interface ContainerUse {
  /** Full container ID. */
  readonly id: string;
  /** True while it runs (a hard conflict for removal); stopped containers are soft conflicts. */
  readonly running: boolean;
}

/** The container layer's answers to the image store. */
export interface ImageHooks {
  /** Containers created from image `imageId` (running or not), oldest first. */
  containersUsing(imageId: string): readonly ContainerUse[];
  /** Top ChainIDs of the image layers under existing containers' writable layers. */
  pinnedLayers(): Iterable<string>;
}

/** Hooks for a daemon without containers. */
export const NO_CONTAINERS: ImageHooks = {
  containersUsing: () => [],
  pinnedLayers: () => [],
};
