/**
 * @module
 * The options and answers of the container verbs besides their request bodies: the query
 * parameters of `POST /containers/create`, stop/restart, `DELETE /containers/{id}` and inspect.
 */

/** `POST /containers/create` options besides the body. */
export interface ContainerCreateOptions {
  /** `--name`. */
  readonly name?: string;
  /** `--platform` (only linux is simulated). */
  readonly platform?: string;
}

/** `POST /containers/create` answer. */
export interface ContainerCreateResponse {
  readonly Id: string;
  readonly Warnings: readonly string[];
}

/** Options of stop and restart: `-t` seconds (negative: wait forever) and `-s`. */
export interface ContainerStopOptions {
  readonly timeout?: number;
  readonly signal?: string;
}

/** Options of `DELETE /containers/{id}`. */
export interface ContainerRemoveOptions {
  /** Kill a running container first (`-f`). */
  readonly force?: boolean;
  /** Remove its anonymous volumes (`-v`). */
  readonly volumes?: boolean;
}

/** Options of `GET /containers/{id}/json`. */
export interface ContainerInspectOptions {
  /** Add `SizeRw` and `SizeRootFs`. */
  readonly size?: boolean;
}
