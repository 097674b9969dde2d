/**
 * @module
 * The image and registry part of {@link DockerClient}: list, inspect, history, tag, remove,
 * prune, pull, push, save (`imageGet`), load, and login (`systemAuth`). Results are the Engine
 * API's shapes; pulls and pushes stream Docker's JSON messages.
 */
import type { Filters } from '../image/filters.js';
import type { HistoryResponseItem } from '../image/history.js';
import type { ImageInspect } from '../image/inspect.js';
import type { JsonMessage } from '../image/json-message.js';
import type { ImageSummary } from '../image/list.js';
import type { ImagePruneResponse } from '../image/prune.js';
import type { DeleteResponseItem } from '../image/remove.js';
import type { AuthConfig, AuthResponse } from '../registry/auth.js';
import type { ImageSearchOptions, ImageSearchResult } from '../registry/search.js';
import type { DistributionInspect } from '../registry/inspect.js';
import type { ImageImportOptions } from '../daemon/image-import.js';
import type { CredentialStore } from './credentials.js';

/** Options of `imageList` (`GET /images/json`). */
export interface ImageListParams {
  /** Also intermediate images (`docker images -a`). */
  readonly all?: boolean;
  /** `dangling`, `label`, `before`, `since`, `reference`, `until`. */
  readonly filters?: Filters;
  readonly sharedSize?: boolean;
}

/** Options of `imagePull` (`POST /images/create?fromImage=…`). */
export interface ImagePullParams {
  /** The image name, possibly with a tag (`alpine`, `alpine:3.19`, `localhost:5000/app`). */
  readonly fromImage: string;
  /** Tag or digest; with a bare name and no tag, every tag is pulled (the CLI sends `latest`). */
  readonly tag?: string;
  /** `os/arch[/variant]`. */
  readonly platform?: string;
  /** Credentials; default the client's stored login for that registry. */
  readonly authconfig?: AuthConfig;
}

/** Options of `imagePush` (`POST /images/{name}/push`). */
export interface ImagePushParams {
  /** The tag; absent: every local tag of the repository. */
  readonly tag?: string;
  /** Credentials; default the client's stored login for that registry. */
  readonly authconfig?: AuthConfig;
}

/** Image and registry operations of the Engine API. */
export interface ImageApi {
  /** Logins this client keeps (the CLI's config.json): `systemAuth` stores, pull/push send. */
  readonly credentials: CredentialStore;
  /** `GET /images/json`. */
  imageList(params?: ImageListParams): Promise<ImageSummary[]>;
  /** `GET /images/{name}/json`. */
  imageInspect(name: string): Promise<ImageInspect>;
  /** `GET /images/{name}/history`. */
  imageHistory(name: string): Promise<HistoryResponseItem[]>;
  /** `POST /images/{name}/tag?repo=&tag=`. */
  imageTag(name: string, params: { readonly repo: string; readonly tag?: string }): Promise<void>;
  /** `DELETE /images/{name}`. */
  imageDelete(name: string, params?: { readonly force?: boolean; readonly noprune?: boolean }): Promise<DeleteResponseItem[]>;
  /** `POST /images/prune`. */
  imagePrune(params?: { readonly filters?: Filters }): Promise<ImagePruneResponse>;
  /**
   * `POST /images/create?fromImage=…`: Docker's progress messages. A failure before any message
   * (unknown repository, missing tag, no access) rejects the first read with Docker's error; a
   * later one arrives as a final `errorDetail` message.
   */
  imagePull(params: ImagePullParams): AsyncIterable<JsonMessage>;
  /** `POST /images/{name}/push`: Docker's progress messages, ending with the digest (or `errorDetail`). */
  imagePush(name: string, params?: ImagePushParams): AsyncIterable<JsonMessage>;
  /** `GET /images/get?names=…` (`docker save`): a docker-archive tar. */
  imageGet(names: string | readonly string[]): Promise<Uint8Array>;
  /** `POST /images/load` (`docker load`): the messages (`Loaded image: …`). */
  imageLoad(archive: Uint8Array, params?: { readonly quiet?: boolean }): Promise<JsonMessage[]>;
  /** `GET /images/search?term=&limit=&filters=` (`docker search`): Docker Hub's search. */
  imageSearch(options: ImageSearchOptions): Promise<ImageSearchResult[]>;
  /** `POST /images/create?fromSrc=-` (`docker import`): a one-layer image from a tarball; `[{status: id}]`. */
  imageImport(tar: Uint8Array, options?: ImageImportOptions): Promise<JsonMessage[]>;
  /** `GET /distribution/{name}/json`: what the registry serves for `name`, without pulling (stored login sent). */
  distributionInspect(name: string, params?: { readonly authconfig?: AuthConfig }): Promise<DistributionInspect>;
  /** `POST /auth` (`docker login`); on success the client stores the credentials. */
  systemAuth(auth: AuthConfig): Promise<AuthResponse>;
}
