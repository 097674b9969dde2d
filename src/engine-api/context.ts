/**
 * @module
 * What an operation handler gets (one request, parsed) and what it returns. Handlers only parse,
 * call the model through the in-process {@link DockerClient} (which holds the clock while the
 * model works), and serialize — they hold no Docker behaviour of their own (STYLE.md §4).
 */
import type { DockerClient } from '../client/docker-client.js';
import type { Daemon } from '../daemon/daemon.js';
import type { BodyLimits } from './body.js';
import type { Query } from './query.js';

/** One request as an operation handler sees it. */
export interface ApiContext {
  /** The request; its body is unread. */
  readonly request: Request;
  /** The request URL (its pathname still carries the `/v1.xx` prefix, if any). */
  readonly url: URL;
  /** The operation being served (the spec's operationId). */
  readonly operation: string;
  /** Path parameters by the template's names (`id`, `name`), percent-decoded. */
  readonly params: Readonly<Record<string, string>>;
  /** The query, parsed as the daemon parses it. */
  readonly query: Query;
  /** The request's API version (the path's, or the newest). */
  readonly version: string;
  /** The daemon's typed API, in-process. */
  readonly docker: DockerClient;
  /** The daemon itself, for what the typed API does not carry (hijacked streams). */
  readonly daemon: Daemon;
  /** Body size limits of this handler. */
  readonly limits: BodyLimits;
  /** Aborted when the client goes away. */
  readonly signal: AbortSignal;
}

/** Serves one operation. Throwing a `DockerError` answers with its status and message. */
export type OperationHandler = (ctx: ApiContext) => Response | Promise<Response>;

/** An operation dockersim deliberately does not simulate: answered `501` naming `feature`. */
export interface NotSupported {
  /** The feature, as the 501 message names it ("Swarm mode"). */
  readonly notSupported: string;
}

/** How an operation is served: a handler, or a deliberate "not supported". */
export type OperationEntry = OperationHandler | NotSupported;
