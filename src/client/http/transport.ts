/**
 * @module
 * The HTTP transport under {@link createHttpClient}: builds Engine API requests (versioned paths,
 * query encoding as the docker CLI does it, JSON bodies), sends them through an injected `fetch`
 * (the in-process handler itself, a unix-socket adapter, or the global fetch for TCP), and turns
 * error responses into the {@link DockerError} the daemon meant. Operation files (one per domain,
 * e.g. `system.ts`) are thin: a path, a query, a result shape.
 */
import { API_VERSION } from '../../daemon/version.js';
import { claimHijack, connectHijack, RAW_STREAM, type HijackedConnection } from '../wire/hijack.js';
import { readJsonLines } from '../wire/json-message.js';
import { errorFromResponse } from './errors.js';

/** Anything that answers a `Request` with a `Response`: global `fetch`, an engine handler, an adapter. */
export type FetchLike = (request: Request) => Promise<Response>;

/** Options of an HTTP client. */
export interface HttpClientOptions {
  /** How requests are sent; default the global `fetch` (TCP daemons). */
  readonly fetch?: FetchLike;
  /** Scheme and authority of the daemon; default `http://api.moby.localhost`, as the docker CLI uses on a unix socket. */
  readonly baseUrl?: string;
  /** API version put in paths (`/v1.50/…`); `null` sends unversioned paths as dockerode does. Default `1.50`. */
  readonly apiVersion?: string | null;
  /** Headers added to every request. */
  readonly headers?: Readonly<Record<string, string>>;
  /**
   * Whether `fetch` can carry hijacked connections (an engine handler, `unixSocketFetch`) so that
   * attach/exec ask to upgrade; default true with a given `fetch`, false with the global one,
   * which refuses `Connection: Upgrade`.
   */
  readonly upgrade?: boolean;
}

/** A query value: repeated keys for arrays, `1`/`0` for booleans; `undefined` is left out. */
export type QueryValue = string | number | boolean | readonly string[] | undefined;

/** What one request carries besides its method and path. */
export interface RequestOptions {
  /** Query parameters. */
  readonly query?: Readonly<Record<string, QueryValue>>;
  /** A JSON body (sent with `Content-Type: application/json`). */
  readonly json?: unknown;
  /** A raw body with its content type (tar archives, build contexts). */
  readonly body?: { readonly bytes: Uint8Array | ReadableStream<Uint8Array>; readonly contentType: string };
  /** Extra headers (`X-Registry-Auth`, …). */
  readonly headers?: Readonly<Record<string, string>>;
  /** Cancels the request, or ends a stream. */
  readonly signal?: AbortSignal;
  /** Put the API version in the path; default true (`/_ping` is sent unversioned). */
  readonly versioned?: boolean;
}

/** Sends Engine API requests and decodes their answers. */
export class HttpTransport {
  readonly #fetch: FetchLike;
  readonly #base: string;
  readonly #version: string | null;
  readonly #headers: Readonly<Record<string, string>>;
  readonly #upgrade: boolean;
  /** Requests later ones wait behind until their headers arrive (a wait registered before a start). */
  readonly #barriers = new Set<Promise<unknown>>();

  constructor(options: HttpClientOptions = {}) {
    this.#upgrade = options.upgrade ?? options.fetch !== undefined;
    this.#fetch = options.fetch ?? ((request) => fetch(request));
    this.#base = (options.baseUrl ?? 'http://api.moby.localhost').replace(/\/+$/, '');
    this.#version = options.apiVersion === undefined ? API_VERSION : options.apiVersion;
    this.#headers = options.headers ?? {};
  }

  /** The absolute URL of `path` with `query`. */
  url(path: string, query: Readonly<Record<string, QueryValue>> = {}, versioned = true): string {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
      if (value === undefined) continue;
      if (typeof value === 'boolean') params.append(key, value ? '1' : '0');
      else if (typeof value === 'object') for (const item of value) params.append(key, item);
      else params.append(key, String(value));
    }
    const search = params.toString();
    const prefix = versioned && this.#version !== null ? `/v${this.#version}` : '';
    return `${this.#base}${prefix}${path}${search ? `?${search}` : ''}`;
  }

  /** The API version put in paths, or `null` (unversioned: the daemon's newest). */
  get apiVersion(): string | null {
    return this.#version;
  }

  /** Whether attach and exec start ask to upgrade the connection (else dockerode's plain variant). */
  get upgrades(): boolean {
    return this.#upgrade;
  }

  /**
   * Sends a request that later requests must not overtake: they are held until its answer's
   * headers arrive, which is when the daemon has registered it. This is how the docker CLI orders
   * `wait` before `start` (it blocks on the wait's headers); the typed client does it for its caller.
   */
  sendFirst(method: string, path: string, options: RequestOptions = {}): Promise<Response> {
    const response = this.send(method, path, options);
    const barrier = response.then(
      () => undefined,
      () => undefined,
    );
    this.#barriers.add(barrier);
    void barrier.then(() => this.#barriers.delete(barrier));
    return response;
  }

  /** Sends a request; resolves to the response when its status is a success, else throws the daemon's error. */
  async send(method: string, path: string, options: RequestOptions = {}): Promise<Response> {
    // Only wait when something is pending: otherwise the request goes out synchronously.
    if (this.#barriers.size > 0) await Promise.all([...this.#barriers]);
    const url = this.url(path, options.query, options.versioned ?? true);
    const headers: Record<string, string> = { ...this.#headers, ...(options.headers ?? {}) };
    let body: BodyInit | undefined;
    if (options.json !== undefined) {
      const bytes = new TextEncoder().encode(JSON.stringify(options.json));
      headers['Content-Type'] = 'application/json';
      headers['Content-Length'] = String(bytes.length);
      body = bytes as BodyInit;
    } else if (options.body) {
      headers['Content-Type'] = options.body.contentType;
      if (options.body.bytes instanceof Uint8Array) headers['Content-Length'] = String(options.body.bytes.length);
      body = options.body.bytes as BodyInit;
    }
    // `duplex` is required by fetch for a streamed body (not yet in every RequestInit typing).
    const init: RequestInit & { duplex?: 'half' } = { method, headers, body: body ?? null, signal: options.signal ?? null };
    if (body instanceof ReadableStream) init.duplex = 'half';
    const response = await this.#fetch(new Request(url, init));
    if (response.status >= 400 || response.status === 304) throw await errorFromResponse(response, url);
    return response;
  }

  /** Sends a request whose answer is binary (a tar). */
  async bytes(method: string, path: string, options?: RequestOptions): Promise<Uint8Array> {
    return new Uint8Array(await (await this.send(method, path, options)).arrayBuffer());
  }

  /** Sends a request and parses its JSON answer. */
  async json<T>(method: string, path: string, options?: RequestOptions): Promise<T> {
    return (await (await this.send(method, path, options)).json()) as T;
  }

  /** Sends a request and reads its text answer. */
  async text(method: string, path: string, options?: RequestOptions): Promise<string> {
    return (await this.send(method, path, options)).text();
  }

  /** Sends a request whose answer has no body worth reading. */
  async empty(method: string, path: string, options?: RequestOptions): Promise<void> {
    await (await this.send(method, path, options)).arrayBuffer();
  }

  /**
   * A stream of JSON values (events, progress): the request goes out now, so the daemon starts
   * listening at call time; errors surface on the first `next()`. Aborting `options.signal`
   * ends the iteration quietly, as the in-process streams do.
   */
  jsonStream<T>(method: string, path: string, options: RequestOptions, decode: (value: unknown) => T, first = false): AsyncIterable<T> {
    const response = first ? this.sendFirst(method, path, options) : this.send(method, path, options);
    response.catch(() => undefined); // surfaced by the iteration, not as an unhandled rejection
    const signal = options.signal;
    return {
      async *[Symbol.asyncIterator]() {
        const body = (await response).body;
        if (!body) return;
        try {
          for await (const value of readJsonLines(body)) yield decode(value);
        } catch (error) {
          if (signal?.aborted) return;
          throw error;
        }
      },
    };
  }

  /**
   * Sends an attach or exec-start request asking to upgrade the connection (`Connection: Upgrade`,
   * `Upgrade: tcp`) and returns the hijacked connection. When the transport cannot hijack (plain
   * `fetch` over TCP), the request is sent as dockerode sends it, without upgrading: the answer's
   * body is the output, and stdin is not sent.
   */
  async hijack(method: string, path: string, options: RequestOptions = {}): Promise<HijackedConnection> {
    const upgrade: Record<string, string> = this.#upgrade ? { Connection: 'Upgrade', Upgrade: 'tcp' } : {};
    const response = await this.send(method, path, { ...options, headers: { ...(options.headers ?? {}), ...upgrade } });
    const hijack = claimHijack(response);
    if (hijack) return connectHijack(hijack);
    const body = response.body;
    return connectHijack({
      mediaType: RAW_STREAM,
      async run(io) {
        if (!body) return;
        const reader = body.getReader();
        for (;;) {
          const { done, value } = await reader.read();
          if (done) return;
          if (value) await io.write(value);
        }
      },
    });
  }
}

/** A name as a path segment: escaped, except for the `/` and `:` image references keep (`localhost:5000/app`). */
export function segment(name: string): string {
  return encodeURIComponent(name).replace(/%2F/gi, '/').replace(/%3A/gi, ':');
}
