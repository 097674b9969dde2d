/**
 * @module
 * Making the configuration document of a new image (builds, commits, tests): the base image's
 * platform and run-time defaults, the changed defaults, the full DiffID list and the history with
 * one entry per step (`empty_layer` for steps that made no layer).
 */
import { formatTimestamp } from '../core/time.js';
import type { HistoryEntry, ImageConfig, ImageConfigDocument } from './config.js';

/** What a new image's configuration is made from. */
export interface NewImageConfig {
  /** The image it starts from (platform, defaults, history); none for `FROM scratch`. */
  readonly base?: ImageConfigDocument;
  /** Run-time defaults, replacing the base's field by field. */
  readonly config?: ImageConfig;
  /** Every DiffID of the new image, bottom first. */
  readonly diffIds: readonly string[];
  /** History entries added after the base's. */
  readonly history?: readonly HistoryEntry[];
  /** Creation time, virtual epoch ms. */
  readonly created: number;
  readonly author?: string;
  readonly comment?: string;
}

/** The configuration document for a new image. */
export function newImageConfig(input: NewImageConfig): ImageConfigDocument {
  const base = input.base;
  const config: ImageConfig = { ...(base?.config ?? {}), ...(input.config ?? {}) };
  return {
    architecture: base?.architecture ?? 'amd64',
    os: base?.os ?? 'linux',
    ...(base?.variant ? { variant: base.variant } : {}),
    created: formatTimestamp(input.created),
    ...(input.author ? { author: input.author } : {}),
    ...(input.comment ? { comment: input.comment } : {}),
    config,
    rootfs: { type: 'layers', diff_ids: [...input.diffIds] },
    history: [...(base?.history ?? []), ...(input.history ?? [])],
  };
}
