/**
 * @module
 * Messages of volumes and mounts, worded as Docker Engine 28.2 says them (moby v28.2.2
 * `volume/service/errors.go` — `<op> <name>: <error> - [<refs>]` —, `volume/local/local.go`,
 * `volume/mounts/{linux_parser,validate,mounts}.go`, `daemon/errors.go`).
 */
import { DockerError, type ErrorKind } from '../errors.js';

/** moby's `OpErr`: `<op> <name>: <error>` with the referencing containers appended. */
export const volumeOpError = (kind: ErrorKind, op: string, name: string, error: string, refs: readonly string[] = []): DockerError =>
  new DockerError(kind, `${op}${name ? ` ${name}` : ''}: ${error}${refs.length > 0 ? ` - [${refs.join(', ')}]` : ''}`);

/** `get <name>: no such volume` (404). */
export const noSuchVolume = (name: string): DockerError => volumeOpError('NotFound', 'get', name, 'no such volume');

/** `remove <name>: volume is in use - [<container ids>]` (409). */
export const volumeInUse = (name: string, refs: readonly string[]): DockerError => volumeOpError('Conflict', 'remove', name, 'volume is in use', refs);

/** A one-character volume name. */
export const VOLUME_NAME_TOO_SHORT = 'volume name is too short, names should be at least two alphanumeric characters';

/** A volume name with characters outside `[a-zA-Z0-9][a-zA-Z0-9_.-]`. */
export const volumeNameInvalid = (name: string): string =>
  `${JSON.stringify(name)} includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path`;

/** `create <name>: error looking up volume plugin <driver>: plugin "<driver>" not found` (404). */
export const volumeDriverNotFound = (name: string, driver: string): DockerError =>
  volumeOpError('NotFound', 'create', name, `error looking up volume plugin ${driver}: plugin "${driver}" not found`);

/** `invalid mount config for type "<type>": <error>` (400). */
export const invalidMountConfig = (type: string, error: string): DockerError => new DockerError('InvalidParameter', `invalid mount config for type ${JSON.stringify(type)}: ${error}`);

/** `invalid volume specification: '<spec>'` (400), with a cause when there is one. */
export const invalidVolumeSpec = (spec: string, cause?: string): DockerError =>
  new DockerError('InvalidParameter', `invalid volume specification: '${spec}'${cause ? `: ${cause}` : ''}`);

/** `invalid mode: <mode>` (400). */
export const invalidMountMode = (mode: string): DockerError => new DockerError('InvalidParameter', `invalid mode: ${mode}`);

/** `Duplicate mount point: <path>` (400). */
export const duplicateMountPoint = (path: string): DockerError => new DockerError('InvalidParameter', `Duplicate mount point: ${path}`);
