/**
 * @module
 * Request bodies as the daemon reads them (moby `httputils.ReadJSON`/`CheckForJSON`): JSON only
 * with `Content-Type: application/json`, an absent body is fine, Go's decoder errors word by word.
 * dockersim adds size limits, since everything it receives is held in memory: a body over its
 * limit is refused with a 413 before or while it is read.
 */
import { concat } from '../client/wire/stdcopy.js';
import { DockerError } from '../core/errors.js';
import * as messages from '../core/messages/index.js';
import { bytesSize } from '../core/units.js';
import { hasMoreContent, scanFirstValue } from './go-json.js';

/** How large a request body may be, by what it carries. */
export interface BodyLimits {
  /** JSON bodies (create requests, configs); default 4 MiB. */
  readonly json: number;
  /** Archives and build contexts (tar, possibly compressed); default 512 MiB. */
  readonly archive: number;
}

/** The default {@link BodyLimits}. */
export const DEFAULT_BODY_LIMITS: BodyLimits = { json: 4 * 1024 * 1024, archive: 512 * 1024 * 1024 };

/** A body larger than its limit; answered with `413 Request Entity Too Large`. */
export class PayloadTooLarge extends DockerError {
  /** The limit that was exceeded, in bytes. */
  readonly limit: number;

  constructor(limit: number) {
    super('InvalidParameter', `request body is larger than the limit of ${bytesSize(limit)}`);
    this.limit = limit;
  }
}

/** The declared body length: the `Content-Length` header, 0 for no body, -1 when unknown (chunked). */
export function contentLength(request: Request): number {
  const header = request.headers.get('Content-Length');
  if (header !== null && /^\d+$/.test(header.trim())) return Number(header.trim());
  return request.body === null ? 0 : -1;
}

/** Reads the whole body, refusing it as soon as it exceeds `limit` bytes. */
export async function readBody(request: Request, limit: number): Promise<Uint8Array> {
  if (contentLength(request) > limit) throw new PayloadTooLarge(limit);
  if (request.body === null) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done || !value) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw new PayloadTooLarge(limit);
    }
    chunks.push(value);
  }
  return concat(...chunks);
}

/** The media type of a `Content-Type` value, lower-cased, or Go's `mime.ParseMediaType` complaint. */
export function mediaType(contentType: string): string {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (type === '') throw messages.malformedContentType(contentType, 'mime: no media type');
  const slash = type.indexOf('/');
  if (slash <= 0) throw messages.malformedContentType(contentType, 'mime: expected slash after first token');
  if (slash === type.length - 1) throw messages.malformedContentType(contentType, 'mime: expected token after slash');
  return type;
}

/** moby `CheckForJSON`: a body must be `application/json`; no `Content-Type` is fine without a body. */
export function checkForJson(request: Request): void {
  const contentType = request.headers.get('Content-Type') ?? '';
  if (contentType === '' && contentLength(request) === 0) return;
  if (mediaType(contentType) !== 'application/json') throw messages.unsupportedContentType(contentType, 'application/json');
}

/**
 * moby `ReadJSON`: the body's first JSON value, or `undefined` when the request has no body.
 * Syntax errors are Go's, prefixed `invalid JSON: `; a second value is refused.
 */
export async function readJson(request: Request, limit: number): Promise<unknown> {
  checkForJson(request);
  if (contentLength(request) === 0) return undefined;
  const bytes = await readBody(request, limit);
  const scan = scanFirstValue(bytes);
  if (!scan.ok) throw scan.error === 'EOF' ? messages.jsonBodyEof() : messages.invalidJson(scan.error);
  if (hasMoreContent(bytes, scan.end)) throw messages.unexpectedContentAfterJson();
  return JSON.parse(new TextDecoder().decode(bytes.subarray(0, scan.end))) as unknown;
}

/** Go's name for the JSON type of `value` in `json: cannot unmarshal X into …`. */
export function goJsonType(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'boolean') return 'bool';
  return typeof value === 'object' ? 'object' : typeof value;
}

/**
 * Reads a JSON object body into a Go struct named `goType` (e.g. `container.ExecOptions`): an
 * absent body or `null` gives `{}`; any other non-object is Go's unmarshal error.
 */
export async function readJsonObject(request: Request, limit: number, goType: string): Promise<Readonly<Record<string, unknown>>> {
  const value = await readJson(request, limit);
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw messages.jsonTypeMismatch(goJsonType(value), goType);
  return value as Record<string, unknown>;
}
