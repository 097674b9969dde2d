/**
 * @module
 * The in-process transport of {@link DockerClient}: calls a world's daemon directly, holding the
 * clock while each call is awaited (so `auto` time moves as Docker's operations need). Each
 * domain's operations live in one file under `in-process/`, as the HTTP client's do under `http/`.
 */
import type { Daemon } from '../daemon/daemon.js';
import { CredentialStore } from './credentials.js';
import type { DockerClient } from './docker-client.js';
import { buildOperations } from './in-process/build.js';
import { containerOperations } from './in-process/containers.js';
import { InProcessContext } from './in-process/context.js';
import { imageOperations } from './in-process/images.js';
import { networkOperations } from './in-process/networks.js';
import { systemOperations } from './in-process/system.js';

/** Options of {@link InProcessClient}. */
export interface InProcessClientOptions {
  /**
   * Whether reading an open-ended stream (events, logs, stats, attach and exec output, an exec's
   * exit) holds the clock, so that `auto` time moves while the caller waits for it; default true.
   * The Engine API handler turns it off: a remote reader cannot tell the clock when it has
   * stopped waiting, so a held stream would run time on past what the caller does next.
   */
  readonly holdStreams?: boolean;
}

/** A {@link DockerClient} bound to a daemon in the same process. */
export interface InProcessClient extends DockerClient {}

/** A {@link DockerClient} bound to a daemon in the same process. */
export class InProcessClient {
  /** Logins this client keeps (see {@link CredentialStore}). */
  readonly credentials = new CredentialStore();

  constructor(daemon: Daemon, options: InProcessClientOptions = {}) {
    const ctx = new InProcessContext(daemon, this.credentials, options.holdStreams ?? true);
    Object.assign(this, systemOperations(ctx), imageOperations(ctx), containerOperations(ctx), networkOperations(ctx), buildOperations(ctx));
  }
}
