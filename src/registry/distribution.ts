/**
 * @module
 * The daemon's door to registries: `pull`, `push` and `login`. Pulls and pushes run as simulated
 * processes on the world's clock and stream Docker's JSON messages; a failure before the first
 * message rejects the stream's first read (the Engine API answers it with an HTTP error), a later
 * one ends the stream with an `errorDetail` message. A consumer that stops reading cancels the
 * operation, and nothing is committed.
 */
import { AsyncQueue } from '../core/async-queue.js';
import type { HostContext } from '../daemon/context.js';
import { errorMessage, type JsonMessage } from '../image/json-message.js';
import type { ImageService } from '../image/service.js';
import type { AuthConfig, AuthResponse } from './auth.js';
import type { DistributionEnv } from './env.js';
import type { HostDial } from './remote.js';
import { runLogin } from './login.js';
import { runPull, type PullOptions } from './pull.js';
import { runPush, type PushOptions } from './push.js';
import { searchImages, type ImageSearchOptions, type ImageSearchResult } from './search.js';
import { inspectDistribution, type DistributionInspect } from './inspect.js';

type Runner = (out: (m: JsonMessage) => void, signal: AbortSignal) => Promise<void>;

/** Runs `body` as a process whose messages form the returned stream. */
function stream(body: Runner): AsyncQueue<JsonMessage> {
  const abort = new AbortController();
  let started = false;
  let finished = false;
  const queue = new AsyncQueue<JsonMessage>(() => {
    if (!finished) abort.abort(new Error('the client stopped reading'));
  });
  const out = (m: JsonMessage) => {
    if (abort.signal.aborted) return;
    started = true;
    queue.push(m);
  };
  body(out, abort.signal).then(
    () => {
      finished = true;
      queue.end();
    },
    (error: unknown) => {
      finished = true;
      if (abort.signal.aborted) return queue.end();
      if (!started) return queue.fail(error);
      queue.push(errorMessage(error instanceof Error ? error.message : String(error)));
      queue.end();
    },
  );
  return queue;
}

/** Pull, push and login for one daemon. */
export class DistributionService {
  readonly #env: DistributionEnv;

  constructor(ctx: HostContext, images: ImageService, dial?: HostDial) {
    this.#env = { ctx, images, clock: ctx.clock, world: () => ctx.kernel.store.state, ...(dial ? { dial } : {}) };
  }

  /** `POST /images/create?fromImage=…`: Docker's pull messages. */
  pull(options: PullOptions): AsyncQueue<JsonMessage> {
    return stream((out, signal) => runPull(this.#env, options, out, signal));
  }

  /** `POST /images/{name}/push`: Docker's push messages. */
  push(options: PushOptions): AsyncQueue<JsonMessage> {
    return stream((out, signal) => runPush(this.#env, options, out, signal));
  }

  /** `GET /images/search`: Docker Hub's search. */
  search(options: ImageSearchOptions): ImageSearchResult[] {
    return searchImages(this.#env.world(), options);
  }

  /** `GET /distribution/{name}/json`: the manifest descriptor and platforms, without pulling. */
  inspect(name: string, auth?: AuthConfig): Promise<DistributionInspect> {
    return inspectDistribution(this.#env, name, auth);
  }

  /** `POST /auth`. */
  login(auth: AuthConfig): Promise<AuthResponse> {
    return runLogin(this.#env, auth);
  }
}
