/**
 * @module
 * The Registry HTTP API V2 as distribution serves it (the subset `docker push`/`pull` and a
 * curious learner's `curl` use): `GET /v2/`, `/v2/_catalog`, `/v2/<name>/tags/list`, manifests
 * (GET/HEAD/PUT by tag or digest), blobs (GET/HEAD), uploads (POST, cross-repository mount,
 * PATCH, PUT `?digest=` with digest verification). Deletes are disabled, as in the default
 * configuration. Errors are distribution's JSON error bodies with their codes and messages.
 */
import { digestOf } from '../../core/digest.js';
import type { Random } from '../../core/random.js';
import { concatBytes } from '../process/streams.js';
import type { HttpRequest } from '../net/http-message.js';
import type { RegistryStorage } from './storage.js';

/** A response before framing. */
export interface ApiResponse {
  readonly status: number;
  readonly headers: readonly (readonly [string, string])[];
  readonly body: Uint8Array;
}

const API_VERSION: [string, string] = ['Docker-Distribution-Api-Version', 'registry/2.0'];
const JSON_TYPE: [string, string] = ['Content-Type', 'application/json; charset=utf-8'];
const encode = (text: string) => new TextEncoder().encode(text);

function json(status: number, value: unknown, extra: readonly [string, string][] = []): ApiResponse {
  return { status, headers: [JSON_TYPE, API_VERSION, ...extra], body: encode(`${JSON.stringify(value)}\n`) };
}

const MESSAGES: { readonly [code: string]: readonly [number, string] } = {
  BLOB_UNKNOWN: [404, 'blob unknown to registry'],
  BLOB_UPLOAD_UNKNOWN: [404, 'blob upload unknown to registry'],
  DIGEST_INVALID: [400, 'provided digest did not match uploaded content'],
  MANIFEST_UNKNOWN: [404, 'manifest unknown'],
  MANIFEST_INVALID: [400, 'manifest invalid'],
  MANIFEST_BLOB_UNKNOWN: [400, 'blob unknown to registry'],
  NAME_UNKNOWN: [404, 'repository name not known to registry'],
  NAME_INVALID: [400, 'invalid repository name'],
  UNSUPPORTED: [405, 'The operation is unsupported.'],
};

function apiError(code: string, detail?: unknown): ApiResponse {
  const [status, message] = MESSAGES[code]!;
  return json(status, { errors: [{ code, message, ...(detail !== undefined ? { detail } : {}) }] });
}

const NAME = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*';
const ROUTE = new RegExp(`^/v2/(${NAME})/(manifests|blobs|tags)/(.*)$`);
const DIGEST = /^sha256:[0-9a-f]{64}$/;

/** The API over one storage; upload sessions live in memory, as in one registry process. */
export class RegistryApi {
  readonly #storage: RegistryStorage;
  readonly #random: Random;
  readonly #uploads = new Map<string, { readonly repository: string; parts: Uint8Array[] }>();

  constructor(storage: RegistryStorage, random: Random) {
    this.#storage = storage;
    this.#random = random;
  }

  #uuid(): string {
    const hex = Array.from(this.#random.bytes(16), (b) => b.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
  }

  /** Answers one request. */
  handle(request: HttpRequest): ApiResponse {
    const [path = '/', query = ''] = request.target.split('?');
    const params = new URLSearchParams(query);
    const method = request.method;
    // The base endpoint writes `{}` without the encoder's newline.
    if (path === '/v2/' || path === '/v2') return { status: 200, headers: [['Content-Length', '2'], JSON_TYPE, API_VERSION], body: encode('{}') };
    if (path === '/v2/_catalog' && (method === 'GET' || method === 'HEAD')) return json(200, { repositories: this.#storage.repositories() });
    const m = ROUTE.exec(path);
    if (!m) return { status: 404, headers: [['Content-Type', 'text/plain; charset=utf-8'], ['X-Content-Type-Options', 'nosniff']], body: encode('404 page not found\n') };
    const [, name = '', kind, rest = ''] = m;
    if (kind === 'tags') {
      const tags = this.#storage.tags(name);
      return tags === undefined ? apiError('NAME_UNKNOWN', { name }) : json(200, { name, tags });
    }
    if (kind === 'manifests') return this.#manifest(method, name, rest, request.body);
    if (rest.startsWith('uploads')) return this.#upload(method, name, rest.slice('uploads'.length).replace(/^\//, ''), params, request.body);
    return this.#blob(method, name, rest);
  }

  #manifest(method: string, name: string, reference: string, body: Uint8Array): ApiResponse {
    if (method === 'PUT') {
      let parsed: { mediaType?: string; config?: { digest?: string }; layers?: { digest?: string }[]; manifests?: { digest?: string }[] };
      try {
        parsed = JSON.parse(new TextDecoder().decode(body)) as typeof parsed;
      } catch {
        return apiError('MANIFEST_INVALID', { message: 'unexpected end of JSON input' });
      }
      const referenced = [parsed.config?.digest, ...(parsed.layers ?? []).map((l) => l.digest)].filter((d): d is string => d !== undefined);
      const missing = referenced.find((d) => !this.#storage.blob(d));
      if (missing) return apiError('MANIFEST_BLOB_UNKNOWN', missing);
      const digest = digestOf(body);
      if (DIGEST.test(reference) && reference !== digest) return apiError('DIGEST_INVALID');
      for (const d of referenced) this.#storage.linkLayer(name, d);
      this.#storage.putManifest(name, digest, body, DIGEST.test(reference) ? undefined : reference);
      return { status: 201, headers: [API_VERSION, ['Docker-Content-Digest', digest], ['Location', `/v2/${name}/manifests/${digest}`], ['Content-Length', '0']], body: new Uint8Array(0) };
    }
    if (method === 'DELETE') return apiError('UNSUPPORTED');
    const digest = DIGEST.test(reference) ? reference : this.#storage.tag(name, reference);
    const raw = digest && this.#storage.linked(name, digest) ? this.#storage.blob(digest) : undefined;
    if (!digest || !raw) return apiError('MANIFEST_UNKNOWN', DIGEST.test(reference) ? { Revision: reference } : { Tag: reference });
    const mediaType = (JSON.parse(new TextDecoder().decode(raw)) as { mediaType?: string }).mediaType ?? 'application/vnd.docker.distribution.manifest.v2+json';
    return {
      status: 200,
      headers: [['Content-Length', String(raw.length)], ['Content-Type', mediaType], API_VERSION, ['Docker-Content-Digest', digest], ['Etag', `"${digest}"`]],
      body: method === 'HEAD' ? new Uint8Array(0) : raw,
    };
  }

  #blob(method: string, name: string, digest: string): ApiResponse {
    if (method === 'DELETE') return apiError('UNSUPPORTED');
    const data = this.#storage.linked(name, digest) ? this.#storage.blob(digest) : undefined;
    if (!data) return method === 'HEAD' ? { status: 404, headers: [API_VERSION], body: new Uint8Array(0) } : apiError('BLOB_UNKNOWN', digest);
    return {
      status: 200,
      headers: [['Accept-Ranges', 'bytes'], ['Cache-Control', 'max-age=31536000'], ['Content-Length', String(data.length)], ['Content-Type', 'application/octet-stream'], API_VERSION, ['Docker-Content-Digest', digest], ['Etag', `"${digest}"`]],
      body: method === 'HEAD' ? new Uint8Array(0) : data,
    };
  }

  #finish(name: string, digest: string | null, data: Uint8Array): ApiResponse {
    if (!digest || digestOf(data) !== digest) return apiError('DIGEST_INVALID');
    this.#storage.putBlob(digest, data);
    this.#storage.linkLayer(name, digest);
    return { status: 201, headers: [API_VERSION, ['Docker-Content-Digest', digest], ['Location', `/v2/${name}/blobs/${digest}`], ['Content-Length', '0']], body: new Uint8Array(0) };
  }

  #upload(method: string, name: string, id: string, params: URLSearchParams, body: Uint8Array): ApiResponse {
    if (id === '' && method === 'POST') {
      const mount = params.get('mount');
      const from = params.get('from');
      if (mount && from && this.#storage.linked(from, mount) && this.#storage.blob(mount)) {
        this.#storage.linkLayer(name, mount);
        return { status: 201, headers: [API_VERSION, ['Docker-Content-Digest', mount], ['Location', `/v2/${name}/blobs/${mount}`], ['Content-Length', '0']], body: new Uint8Array(0) };
      }
      if (params.get('digest')) return this.#finish(name, params.get('digest'), body);
      const uuid = this.#uuid();
      this.#uploads.set(uuid, { repository: name, parts: [] });
      return { status: 202, headers: [API_VERSION, ['Docker-Upload-Uuid', uuid], ['Location', `/v2/${name}/blobs/uploads/${uuid}`], ['Range', '0-0'], ['Content-Length', '0']], body: new Uint8Array(0) };
    }
    const session = this.#uploads.get(id);
    if (!session || session.repository !== name) return apiError('BLOB_UPLOAD_UNKNOWN');
    if (body.length > 0) session.parts.push(body);
    const size = session.parts.reduce((n, p) => n + p.length, 0);
    if (method === 'PATCH') return { status: 202, headers: [API_VERSION, ['Docker-Upload-Uuid', id], ['Location', `/v2/${name}/blobs/uploads/${id}`], ['Range', `0-${Math.max(0, size - 1)}`], ['Content-Length', '0']], body: new Uint8Array(0) };
    if (method === 'PUT') {
      this.#uploads.delete(id);
      return this.#finish(name, params.get('digest'), concatBytes(session.parts));
    }
    if (method === 'DELETE') {
      this.#uploads.delete(id);
      return { status: 204, headers: [API_VERSION], body: new Uint8Array(0) };
    }
    return { status: 204, headers: [API_VERSION, ['Docker-Upload-Uuid', id], ['Range', `0-${Math.max(0, size - 1)}`]], body: new Uint8Array(0) };
  }
}
