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
import type { Filters } from '../image/filters.js';
import type { HistoryResponseItem } from '../image/history.js';
import type { ImageInspect } from '../image/inspect.js';
import type { JsonMessage } from '../image/json-message.js';
import type { ImageSummary } from '../image/list.js';
import type { ImagePruneResponse } from '../image/prune.js';
import type { DeleteResponseItem } from '../image/remove.js';
import { registryHostname, type AuthConfig, type AuthResponse } from '../registry/auth.js';
import { parseNormalizedNamed } from '../reference/parse.js';
import { CredentialStore } from './credentials.js';
import type { ImageListParams, ImagePullParams, ImagePushParams } from './image-api.js';

/** A {@link DockerClient} bound to a daemon in the same process. */
export class InProcessClient implements DockerClient {
  readonly #daemon: Daemon;
  /** Logins this client keeps (see {@link CredentialStore}). */
  readonly credentials = new CredentialStore();

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

  imageList(params: ImageListParams = {}): Promise<ImageSummary[]> {
    return this.#call(() => this.#daemon.images.list(params));
  }

  imageInspect(name: string): Promise<ImageInspect> {
    return this.#call(() => this.#daemon.images.inspect(name));
  }

  imageHistory(name: string): Promise<HistoryResponseItem[]> {
    return this.#call(() => this.#daemon.images.history(name));
  }

  imageTag(name: string, params: { readonly repo: string; readonly tag?: string }): Promise<void> {
    return this.#call(() => {
      this.#daemon.images.tag(name, params.repo, params.tag);
    });
  }

  imageDelete(name: string, params: { readonly force?: boolean; readonly noprune?: boolean } = {}): Promise<DeleteResponseItem[]> {
    return this.#call(() => this.#daemon.images.remove(name, params));
  }

  imagePrune(params: { readonly filters?: Filters } = {}): Promise<ImagePruneResponse> {
    return this.#call(() => this.#daemon.images.prune(params.filters ?? {}));
  }

  imagePull(params: ImagePullParams): AsyncIterable<JsonMessage> {
    const authconfig = params.authconfig ?? this.#storedAuth(params.fromImage);
    return heldIterable(this.#daemon.ctx.clock, this.#daemon.distribution.pull({ ...params, ...(authconfig ? { authconfig } : {}) }));
  }

  imagePush(name: string, params: ImagePushParams = {}): AsyncIterable<JsonMessage> {
    const authconfig = params.authconfig ?? this.#storedAuth(name);
    return heldIterable(this.#daemon.ctx.clock, this.#daemon.distribution.push({ name, ...params, ...(authconfig ? { authconfig } : {}) }));
  }

  imageGet(names: string | readonly string[]): Promise<Uint8Array> {
    return this.#call(() => this.#daemon.images.save(typeof names === 'string' ? [names] : names));
  }

  imageLoad(archive: Uint8Array, params: { readonly quiet?: boolean } = {}): Promise<JsonMessage[]> {
    return this.#call(() => this.#daemon.images.load(archive, params));
  }

  async systemAuth(auth: AuthConfig): Promise<AuthResponse> {
    const response = await this.#call(() => this.#daemon.distribution.login(auth));
    this.credentials.set(auth.serveraddress, auth);
    return response;
  }

  /** The stored login for the registry an image name points at (as the CLI resolves it). */
  #storedAuth(image: string): AuthConfig | undefined {
    try {
      return this.credentials.get(registryHostname(parseNormalizedNamed(image).domain));
    } catch {
      return undefined; // a malformed name: the daemon reports it
    }
  }
}
