/**
 * @module
 * Messages of the daemon's HTTP layer (moby `api/server`): unknown routes, request bodies,
 * query parameters, filters — and dockersim's answer for Docker features it does not simulate.
 */
import { DockerError } from '../errors.js';

/** `page not found`: no route for this method and path (moby's mux NotFound handler). */
export const pageNotFound = (): DockerError => new DockerError('NotFound', 'page not found');

/** A JSON body that Go's decoder rejects (`invalid JSON: invalid character …`, `invalid JSON: unexpected EOF`). */
export const invalidJson = (detail: string): DockerError => new DockerError('InvalidParameter', `invalid JSON: ${detail}`);

/** A JSON body announced but empty (chunked with nothing in it). */
export const jsonBodyEof = (): DockerError => new DockerError('InvalidParameter', 'invalid JSON: got EOF while reading request body');

/** A second JSON value after the body's first. */
export const unexpectedContentAfterJson = (): DockerError => new DockerError('InvalidParameter', 'unexpected content after JSON');

/** A body whose `Content-Type` is not the one the endpoint reads. */
export const unsupportedContentType = (contentType: string, expected: string): DockerError =>
  new DockerError('InvalidParameter', `unsupported Content-Type header (${contentType}): must be '${expected}'`);

/** A `Content-Type` header Go's `mime.ParseMediaType` cannot parse. */
export const malformedContentType = (contentType: string, reason: string): DockerError =>
  new DockerError('InvalidParameter', `malformed Content-Type header (${contentType}): ${reason}`);

/** A JSON body of the wrong shape (Go's `json: cannot unmarshal …` after `invalid JSON: `). */
export const jsonTypeMismatch = (found: string, goType: string): DockerError =>
  invalidJson(`json: cannot unmarshal ${found} into Go value of type ${goType}`);

/** `invalid filter`, `invalid filter 'name'` or `invalid filter 'name=[a b]'` (moby `filters.invalidFilter`). */
export const invalidFilter = (name?: string, values?: readonly string[]): DockerError => {
  let message = 'invalid filter';
  if (name !== undefined && name !== '') {
    message += ` '${name}`;
    if (values !== undefined) message += `=[${values.join(' ')}]`;
    message += `'`;
  }
  return new DockerError('InvalidParameter', message);
};

/** Go's `strconv.ParseInt` failure, returned as-is by the daemon (so a 500, as in Docker). */
export const parseIntFailed = (text: string, reason: 'invalid syntax' | 'value out of range'): DockerError =>
  new DockerError('Internal', `strconv.ParseInt: parsing ${JSON.stringify(text)}: ${reason}`);

/** `GET /events` with a window that ends before it starts. */
export const eventsSinceAfterUntil = (since: string, until: string): DockerError =>
  new DockerError('InvalidParameter', `\`since\` time (${since}) cannot be after \`until\` time (${until})`);

/**
 * dockersim's answer for a Docker feature it does not simulate (swarm mode, plugins, BuildKit
 * sessions). The words "not supported" let the docker CLI skip it where it probes (`docker inspect`).
 */
export const notSupported = (feature: string): DockerError => new DockerError('NotImplemented', `${feature} is not supported by dockersim`);

/** An Engine API operation dockersim will serve but does not yet. */
export const operationNotImplemented = (operation: string, method: string, path: string): DockerError =>
  new DockerError('NotImplemented', `${operation} (${method} ${path}) is not implemented by dockersim yet`);

/** Go's `strconv.Atoi` failure (`limit`, `t`), returned as-is by the daemon (a 500, as in Docker). */
export const atoiFailed = (text: string, reason: 'invalid syntax' | 'value out of range'): DockerError =>
  new DockerError('Internal', `strconv.Atoi: parsing ${JSON.stringify(text)}: ${reason}`);

/** A `resize` dimension that is not a uint32 (`invalid resize height "x": strconv.ParseUint: …`). */
export const invalidResizeDimension = (which: 'height' | 'width', text: string, reason: 'invalid syntax' | 'value out of range'): DockerError =>
  new DockerError('InvalidParameter', `invalid resize ${which} ${JSON.stringify(text)}: strconv.ParseUint: parsing ${JSON.stringify(text)}: ${reason}`);

/** `GET /containers/{id}/logs` asking for neither stdout nor stderr. */
export const logsNoStream = (): DockerError => new DockerError('InvalidParameter', 'Bad parameters: you must choose at least one stream');

/** `POST /containers/create` whose body has no container config at all (moby `runconfig.ErrEmptyConfig`). */
export const emptyCreateConfig = (): DockerError => new DockerError('InvalidParameter', 'config cannot be empty in order to create a container');

/** An archive request without `path` (moby's `badParameterError`, its missing space included). */
export const badParameter = (param: string): DockerError => new DockerError('InvalidParameter', `bad parameter: ${param}cannot be empty`);

/** A JSON field of the wrong type (Go's `json: cannot unmarshal X into Go struct field T.F of type G`). */
export const jsonFieldTypeMismatch = (found: string, field: string, goType: string): DockerError =>
  new DockerError('InvalidParameter', `invalid JSON: json: cannot unmarshal ${found} into Go struct field ${field} of type ${goType}`);

/** `POST /containers/{id}/start` with a HostConfig body (API ≥ 1.24 refuses it). */
export const bodyOnStart = (): DockerError =>
  new DockerError('InvalidParameter', 'starting container with non-empty request body was deprecated since API v1.22 and removed in v1.24');

/** `DELETE /containers/{id}?link=1` on a container's own name (moby `rmLink`; legacy links are not simulated). */
export const defaultLinkRemoval = (): DockerError => new DockerError('Internal', 'Conflict, cannot remove the default link name of the container');

/** `GET /containers/{id}/stats?stream=1&one-shot=1`. */
export const statsStreamAndOneShot = (): DockerError => new DockerError('InvalidParameter', 'cannot have stream=true and one-shot=true');

/** `GET /images/search` with a `limit` that is not a non-negative number (moby wraps Atoi's error). */
export const invalidSearchLimit = (text: string): DockerError =>
  new DockerError('InvalidParameter', /^[+-]?\d+$/.test(text) ? 'invalid limit specified' : `invalid limit specified: strconv.Atoi: parsing ${JSON.stringify(text)}: invalid syntax`);

/** `PUT /volumes/{name}`: only cluster volumes can be updated, and there is no swarm. */
export const volumeUpdateNeedsSwarm = (): DockerError =>
  new DockerError('Unavailable', 'volume update only valid for cluster volumes, but swarm is not enabled');
