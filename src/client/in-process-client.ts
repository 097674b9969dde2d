/**
 * @module
 * The in-process transport of {@link DockerClient}: calls a world's daemon directly, holding the
 * clock while each call is awaited (so `auto` time moves as Docker's operations need).
 */
import type { DockerEvent } from '../core/events.js';
import type { Daemon } from '../daemon/daemon.js';
import type { SystemInfo } from '../daemon/info.js';
import type { SystemVersion } from '../daemon/version.js';
import type { DockerClient } from './docker-client.js';
import { heldIterable } from './held.js';
import type { SystemEventsOptions } from './system-api.js';

/** A {@link DockerClient} bound to a daemon in the same process. */
export class InProcessClient implements DockerClient {
  readonly #daemon: Daemon;

  constructor(daemon: Daemon) {
    this.#daemon = daemon;
  }

  /** Runs `work` with the clock held. */
  #call<T>(work: () => T | Promise<T>): Promise<T> {
    return this.#daemon.ctx.clock.hold(Promise.resolve().then(work));
  }

  systemPing(): Promise<string> {
    return this.#call(() => this.#daemon.ping());
  }

  systemVersion(): Promise<SystemVersion> {
    return this.#call(() => this.#daemon.version());
  }

  systemInfo(): Promise<SystemInfo> {
    return this.#call(() => this.#daemon.info());
  }

  systemEvents(options: SystemEventsOptions = {}): AsyncIterable<DockerEvent> {
    return heldIterable(this.#daemon.ctx.clock, this.#daemon.events(options));
  }
}
