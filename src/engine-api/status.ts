/**
 * @module
 * The one mapping from an error to an HTTP status (moby `httpstatus.FromError`): NotFound 404,
 * InvalidParameter 400, Conflict 409, Unauthorized 401, Forbidden 403, Unavailable 503,
 * NotModified 304, NotImplemented 501, Internal and anything unknown 500. Nothing else in
 * dockersim turns an error into a status.
 */
import { isDockerError, type ErrorKind } from '../core/errors.js';
import { PayloadTooLarge } from './body.js';

const STATUS_BY_KIND: { readonly [K in ErrorKind]: number } = {
  NotFound: 404,
  InvalidParameter: 400,
  Conflict: 409,
  Unauthorized: 401,
  Forbidden: 403,
  Unavailable: 503,
  NotModified: 304,
  NotImplemented: 501,
  Internal: 500,
};

/** The HTTP status of an error kind. */
export function statusOfKind(kind: ErrorKind): number {
  return STATUS_BY_KIND[kind];
}

/** The HTTP status of anything thrown by a handler; a body over its limit is a 413. */
export function statusOf(error: unknown): number {
  if (error instanceof PayloadTooLarge) return 413;
  return isDockerError(error) ? statusOfKind(error.kind) : 500;
}

/** Go's `http.StatusText` for the statuses the daemon sends. */
export const STATUS_TEXT: { readonly [status: number]: string } = {
  101: 'Switching Protocols',
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  304: 'Not Modified',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Request Entity Too Large',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  503: 'Service Unavailable',
};
