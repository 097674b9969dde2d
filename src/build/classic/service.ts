/**
 * @module
 * The build service of one daemon (moby `builder/backend` + the `POST /build` router): starts a
 * classic build as a simulated process whose JSON messages form a stream. Errors found before the
 * first message (bad tag, missing Dockerfile, parse error, unknown target) reject the stream's
 * first read — on the wire an HTTP error; later ones end the stream with an `errorDetail`
 * message (with the exit code of a failed RUN). With `quiet` the log is held back and only the
 * image id is sent, or the held log and the error. `prune` is `POST /build/prune`.
 */
import { AsyncQueue } from '../../core/async-queue.js';
import type { HostContext } from '../../daemon/context.js';
import type { ContainerService } from '../../container/service.js';
import type { JsonMessage } from '../../image/json-message.js';
import type { ImageService } from '../../image/service.js';
import type { DistributionService } from '../../registry/distribution.js';
import { legacy } from '../plan/legacy-stream.js';
import type { ProgressStep } from '../plan/progress.js';
import { prepareBuild, runClassicBuild, type ProgressListener } from './builder.js';
import { contextTree, type BuildContextInput } from './context-input.js';
import type { ClassicBuildOptions, ClassicBuildResult } from './options.js';
import { StepFailedError } from './session.js';

/** A build in progress: its message stream, its steps for UIs, and its outcome. */
export interface BuildRun {
  /** The JSON messages of `POST /build`, as they are produced. */
  readonly messages: AsyncIterable<JsonMessage>;
  /** Every step with its status (pending, running, cached, done, failed), now. */
  readonly steps: () => readonly ProgressStep[];
  /** Calls `listener` after each change of a step; returns the unsubscribe function. */
  readonly onProgress: (listener: ProgressListener) => () => void;
  /** The built image and tags; rejects with the build's error. */
  readonly result: Promise<ClassicBuildResult>;
}

/** `POST /build/prune` answer (Engine API `BuildPruneResponse`). */
export interface BuildPruneResponse {
  /** BuildKit cache records removed (the classic builder's cache is images: `docker image prune`). */
  readonly CachesDeleted: readonly string[] | null;
  readonly SpaceReclaimed: number;
}

/** Classic builds for one daemon. */
export class BuildService {
  readonly #ctx: HostContext;
  readonly #images: ImageService;
  readonly #containers: ContainerService;
  readonly #distribution: DistributionService;

  constructor(ctx: HostContext, images: ImageService, containers: ContainerService, distribution: DistributionService) {
    this.#ctx = ctx;
    this.#images = images;
    this.#containers = containers;
    this.#distribution = distribution;
  }

  /** Starts a classic build of `context` (`POST /build`). */
  build(context: BuildContextInput, options: ClassicBuildOptions = {}): BuildRun {
    const queue = new AsyncQueue<JsonMessage>();
    let steps: readonly ProgressStep[] = [];
    const listeners = new Set<ProgressListener>();
    const held: JsonMessage[] = [];
    let started = false;
    const out = (m: JsonMessage) => {
      started = true;
      if (options.quiet) held.push(m);
      else queue.push(m);
    };
    const onProgress: ProgressListener = (next) => {
      steps = next;
      for (const l of listeners) l(next);
    };
    const services = { images: this.#images, containers: this.#containers, distribution: this.#distribution, now: () => this.#ctx.now() };
    const result = (async () => {
      const prepared = prepareBuild(contextTree(context), options);
      return runClassicBuild(services, prepared, options, out, onProgress);
    })();
    result.then(
      (r) => {
        if (options.quiet) queue.push(legacy.quietResult(r.imageId));
        queue.end();
      },
      (error: unknown) => {
        if (!started) return queue.fail(error);
        for (const m of held) queue.push(m);
        const message = error instanceof Error ? error.message : String(error);
        queue.push(legacy.error(message, error instanceof StepFailedError ? error.code : undefined));
        queue.end();
      },
    );
    // The outcome is also in the stream; a caller that only reads the stream leaves it unobserved.
    result.catch(() => undefined);
    return {
      messages: queue,
      steps: () => steps,
      onProgress: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      result,
    };
  }

  /**
   * `POST /build/prune`: removes BuildKit cache records, of which a classic-only daemon has none
   * (Docker 28 prunes BuildKit's cache here too); emits the `builder` `prune` event.
   */
  prune(): BuildPruneResponse {
    this.#ctx.commit(() => {}, [{ Type: 'builder', Action: 'prune', id: '', attributes: { reclaimed: '0' } }]);
    return { CachesDeleted: null, SpaceReclaimed: 0 };
  }
}

