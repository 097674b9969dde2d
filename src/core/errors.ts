/**
 * @module
 * Docker's error taxonomy: a closed set of kinds (moby `errdefs`) carrying Docker's own message
 * text. Only `engine-api/status.ts` turns a kind into an HTTP status.
 */

/** The kinds of error the Docker daemon distinguishes (moby `errdefs`). */
export const ERROR_KINDS = [
  'NotFound',
  'InvalidParameter',
  'Conflict',
  'NotModified',
  'Unauthorized',
  'Forbidden',
  'Unavailable',
  'NotImplemented',
  'Internal',
] as const;

/** One of Docker's error kinds. */
export type ErrorKind = (typeof ERROR_KINDS)[number];

/** An error as the Docker daemon reports it: a kind and Docker's exact message. */
export class DockerError extends Error {
  /** What sort of failure this is; decides the HTTP status on the wire. */
  readonly kind: ErrorKind;

  constructor(kind: ErrorKind, message: string) {
    super(message);
    this.name = 'DockerError';
    this.kind = kind;
  }

  /** The wire body Docker sends for this error. */
  toJSON(): { message: string } {
    return { message: this.message };
  }
}

/** True when `value` is a {@link DockerError} (of `kind`, when given). */
export function isDockerError(value: unknown, kind?: ErrorKind): value is DockerError {
  return value instanceof DockerError && (kind === undefined || value.kind === kind);
}

/** Shorthands that read like Docker's errdefs constructors. */
export const errors = {
  notFound: (message: string) => new DockerError('NotFound', message),
  invalidParameter: (message: string) => new DockerError('InvalidParameter', message),
  conflict: (message: string) => new DockerError('Conflict', message),
  notModified: (message: string) => new DockerError('NotModified', message),
  unauthorized: (message: string) => new DockerError('Unauthorized', message),
  forbidden: (message: string) => new DockerError('Forbidden', message),
  unavailable: (message: string) => new DockerError('Unavailable', message),
  notImplemented: (message: string) => new DockerError('NotImplemented', message),
  internal: (message: string) => new DockerError('Internal', message),
} as const;
