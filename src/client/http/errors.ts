/**
 * @module
 * How a client turns an error response into a {@link DockerError}, as the Go client does
 * (docker/cli's `client.checkResponseErr` and `errdefs.FromStatusCode`): the status gives the
 * kind, the JSON body's `message` (only when `Content-Type` is exactly `application/json`) gives
 * the text, and a plain-text body is used as-is. The daemon side of the mapping lives in
 * engine-api/status.ts; a test checks that the two agree for every kind.
 */
import { DockerError, type ErrorKind } from '../../core/errors.js';

/** The error kind a client infers from an HTTP status (Go `errdefs.FromStatusCode`). */
export function kindOfStatus(status: number): ErrorKind {
  switch (status) {
    case 304:
      return 'NotModified';
    case 400:
      return 'InvalidParameter';
    case 401:
      return 'Unauthorized';
    case 403:
      return 'Forbidden';
    case 404:
      return 'NotFound';
    case 409:
      return 'Conflict';
    case 501:
      return 'NotImplemented';
    case 503:
      return 'Unavailable';
    default:
      // Other 4xx are client errors, the rest server errors.
      return status >= 400 && status < 500 ? 'InvalidParameter' : 'Internal';
  }
}

/** Reads an error response (status ≥ 400, or 304) into the error the daemon meant. */
export async function errorFromResponse(response: Response, url: string): Promise<DockerError> {
  const kind = kindOfStatus(response.status);
  const statusLine = `${response.status} ${response.statusText || ''}`.trim();
  const body = response.status === 304 ? '' : await response.text();
  if (body === '') {
    return new DockerError(kind, `request returned ${statusLine} for API route and version ${url}, check if the server supports the requested API version`);
  }
  if (response.headers.get('Content-Type') !== 'application/json') return new DockerError(kind, body.trim());
  let message: unknown;
  try {
    message = (JSON.parse(body) as { message?: unknown } | null)?.message;
  } catch (error) {
    return new DockerError(kind, `Error reading JSON: ${(error as Error).message}`);
  }
  if (typeof message !== 'string' || message === '') {
    return new DockerError(kind, `API returned a ${response.status} (${response.statusText}) but provided no error-message`);
  }
  return new DockerError(kind, message.trim());
}
