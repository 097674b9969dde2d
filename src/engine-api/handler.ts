/**
 * @module
 * `createEngineHandler`: the Docker Engine API v1.50 as a Web-standard
 * `(Request) => Promise<Response>` over one simulated daemon. It runs wherever `Request` and
 * `Response` exist — the Node server binds it to a socket, the HTTP client can call it directly
 * (`createHttpClient({ fetch: createEngineHandler(world) })`), a service worker could serve it.
 *
 * Per request, as moby's server does: match the route (unknown paths and methods are a bare
 * `404 page not found`), check the API version of the path, stamp the daemon's headers, run the
 * operation, and turn any error into `{"message": …}` with its status.
 */
import { InProcessClient } from '../client/in-process-client.js';
import * as messages from '../core/messages/index.js';
import { Daemon } from '../daemon/daemon.js';
import { Host } from '../world/host.js';
import { World } from '../world/world.js';
import { DEFAULT_BODY_LIMITS, type BodyLimits } from './body.js';
import type { ApiContext } from './context.js';
import { Query } from './query.js';
import { errorResponse, plainTextError } from './respond.js';
import { compileRoute, decodePath, indexRoutes, matchRoute, splitVersion } from './router.js';
import { isNotSupported, ROUTES, type Route } from './routes.js';
import { compareVersions, EXPERIMENTAL_HEADER, negotiateVersion, SERVER_HEADERS } from './versions.js';

/**
 * A Web-standard request handler. Like `fetch(request, init)`, it takes an optional `signal`
 * that says the client went away (servers pass one; it defaults to the request's own).
 */
export type EngineHandler = (request: Request, init?: { readonly signal?: AbortSignal }) => Promise<Response>;

/** Options of {@link createEngineHandler}. */
export interface EngineHandlerOptions {
  /** The host to serve when given a world; default the world's `default` host. */
  readonly host?: string;
  /** Body size limits; defaults {@link DEFAULT_BODY_LIMITS}. */
  readonly limits?: Partial<BodyLimits>;
  /** The route table; default every operation dockersim serves (tests add custom routes here). */
  readonly routes?: readonly Route[];
}

/** What a handler can serve: a world (its default host, or `options.host`), a host, or a daemon. */
export type EngineTarget = World | Host | Daemon;

function daemonOf(target: EngineTarget, host: string | undefined): Daemon {
  if (target instanceof World) return target.host(host).daemon;
  if (target instanceof Host) return target.daemon;
  return target;
}

function withHeaders(response: Response, ...sets: Readonly<Record<string, string>>[]): Response {
  for (const set of sets) for (const [name, value] of Object.entries(set)) if (!response.headers.has(name)) response.headers.set(name, value);
  return response;
}

/** A `HEAD` answer has headers only (Go's server drops the body), whatever the operation wrote. */
function headOnly(request: Request, response: Response): Response {
  if (request.method !== 'HEAD' || response.body === null) return response;
  void response.body.cancel().catch(() => undefined);
  return new Response(null, { status: response.status, statusText: response.statusText, headers: response.headers });
}

/** Serves the Engine API of `target`'s daemon. */
export function createEngineHandler(target: EngineTarget, options: EngineHandlerOptions = {}): EngineHandler {
  const daemon = daemonOf(target, options.host);
  const docker = new InProcessClient(daemon, { holdStreams: false });
  const limits: BodyLimits = { ...DEFAULT_BODY_LIMITS, ...(options.limits ?? {}) };
  const compiled = indexRoutes((options.routes ?? ROUTES).map((route) => compileRoute(route.method, route.path, route)));

  return async (request, init) => {
    const url = new URL(request.url);
    const { version: pathVersion, path } = splitVersion(decodePath(url.pathname));
    const match = matchRoute(compiled, request.method.toUpperCase(), path);
    // Unrouted requests bypass the middlewares: no daemon headers.
    if (!match) return errorResponse(messages.pageNotFound());
    const { route, params } = match;
    let version: string;
    try {
      version = negotiateVersion(pathVersion);
    } catch (error) {
      // Clients older than API 1.24 cannot read JSON errors; the daemon answers them in plain text.
      const old = pathVersion !== undefined && compareVersions(pathVersion, '1.24') < 0;
      return withHeaders(old ? plainTextError(error) : errorResponse(error), SERVER_HEADERS);
    }
    try {
      const entry = route.entry;
      if (entry === undefined) throw messages.operationNotImplemented(route.operationId, route.method, route.path);
      if (isNotSupported(entry)) throw messages.notSupported(entry.notSupported);
      const ctx: ApiContext = {
        request,
        url,
        operation: route.operationId,
        params,
        query: new Query(url.searchParams),
        version,
        docker,
        daemon,
        limits,
        signal: init?.signal ?? request.signal,
      };
      return headOnly(request, withHeaders(await entry(ctx), SERVER_HEADERS, EXPERIMENTAL_HEADER));
    } catch (error) {
      return headOnly(request, withHeaders(errorResponse(error), SERVER_HEADERS, EXPERIMENTAL_HEADER));
    }
  };
}
