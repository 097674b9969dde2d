/**
 * @module
 * The build part of {@link DockerClient}: `imageBuild` (`POST /build`, the classic builder's JSON
 * stream) and `buildPrune` (`POST /build/prune`). A context given as files or a tree is sent as
 * the docker CLI sends a directory — minus what its `.dockerignore` excludes; tar bytes are sent
 * as they are.
 */
import type { BuildContextInput } from '../build/classic/context-input.js';
import type { ClassicBuildOptions } from '../build/classic/options.js';
import type { BuildPruneResponse } from '../build/classic/service.js';
import type { JsonMessage } from '../image/json-message.js';

/** Options of `imageBuild`: the `POST /build` query as typed fields. */
export type ImageBuildParams = ClassicBuildOptions;

/** Options of `buildPrune` (`docker builder prune`). */
export interface BuildPruneParams {
  /** Remove all cache records, not only dangling ones (`-a`). */
  readonly all?: boolean;
}

/** Build operations of the Engine API. */
export interface BuildApi {
  /**
   * `POST /build`: the classic builder's messages (`{"stream":"Step 1/3 : FROM alpine\n"}`, pull
   * progress, `{"aux":{"ID":…}}`, a final `errorDetail` when a step fails). An error found before
   * the first step (missing Dockerfile, parse error, unknown target, bad tag) rejects the first read.
   */
  imageBuild(context: BuildContextInput, params?: ImageBuildParams): AsyncIterable<JsonMessage>;
  /** `POST /build/prune`. */
  buildPrune(params?: BuildPruneParams): Promise<BuildPruneResponse>;
}
