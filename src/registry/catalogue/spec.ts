/**
 * @module
 * How a catalogue image is described: a base image (or none), the build steps that add layers or
 * only metadata, the run-time configuration and the tags it is published under. Layer contents
 * are small but real file trees; each layer also carries the sizes Docker Hub reports for the real
 * image (uncompressed and compressed), which the simulation uses for image sizes, manifests and
 * transfer times. Every digest is computed from the bytes we hold.
 */
import type { TreeSpec } from '../../fs/tree.js';
import type { ImageConfig } from '../../image/config.js';

/** One build step: a history entry, with a layer when it changed files. */
export interface CatalogueStep {
  /** `created_by` as the real image's history shows it. */
  readonly createdBy: string;
  /** The files the step added or changed (absent: a metadata-only step). */
  readonly files?: TreeSpec | (() => TreeSpec);
  /** Paths the step deleted (whiteouts). */
  readonly deletes?: readonly string[];
  /** Uncompressed size of the real layer, in bytes. */
  readonly size?: number;
  /** Compressed size of the real layer blob, in bytes. */
  readonly blobSize?: number;
  /** History comment (`buildkit.dockerfile.v0` for BuildKit steps). */
  readonly comment?: string;
}

/** A catalogue image. */
export interface CatalogueImage {
  /** Repository path on Docker Hub (`library/node`). */
  readonly repository: string;
  /** Tags it is published under. */
  readonly tags: readonly string[];
  /** Build time (RFC 3339): history entries and file mtimes use it. */
  readonly created: string;
  /** The image it is built on (its layers, history and configuration come first). */
  readonly base?: CatalogueImage;
  readonly steps: readonly CatalogueStep[];
  /** Run-time configuration (not inherited: give the whole of it, as the real config shows). */
  readonly config: ImageConfig;
  /** Architectures published besides amd64 (default arm64 v8). */
  readonly platforms?: readonly ('amd64' | 'arm64')[];
}

/** BuildKit's history comment. */
export const BUILDKIT = 'buildkit.dockerfile.v0';

/** The usual `PATH` of Linux images. */
export const DEFAULT_PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
