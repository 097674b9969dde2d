/**
 * @module
 * Messages of the image store (moby `daemon/images`, classic graphdriver store): lookups,
 * removal conflicts, tagging, filters, load.
 */
import { DockerError } from '../errors.js';

/** `No such image: alpine:latest` (404). `ref` is already in Docker's familiar form. */
export const noSuchImage = (ref: string): DockerError => new DockerError('NotFound', `No such image: ${ref}`);

/** `conflict: unable to remove repository reference "x" (must force) - container <c12> is using its referenced image <i12>` (409). */
export const referenceInUse = (ref: string, container12: string, image12: string): DockerError =>
  new DockerError(
    'Conflict',
    `conflict: unable to remove repository reference ${JSON.stringify(ref)} (must force) - container ${container12} is using its referenced image ${image12}`,
  );

/** `conflict: unable to delete <i12> (cannot be forced|must be forced) - <why>` (409). */
export const imageDeleteConflict = (image12: string, hard: boolean, why: string): DockerError =>
  new DockerError('Conflict', `conflict: unable to delete ${image12} (${hard ? 'cannot be forced' : 'must be forced'}) - ${why}`);

/** `invalid filter 'name'` or `invalid filter 'name=v1,v2'` (400). */
export const invalidFilter = (name: string, values?: readonly string[]): DockerError =>
  new DockerError('InvalidParameter', `invalid filter '${name}${values ? '=' + values.join(',') : ''}'`);

/** `refusing to create an ambiguous tag using digest algorithm as name` (400). */
export const ambiguousTagName = (): DockerError => new DockerError('InvalidParameter', 'refusing to create an ambiguous tag using digest algorithm as name');

/** `refusing to create a tag with a digest reference` (400). */
export const tagWithDigest = (): DockerError => new DockerError('InvalidParameter', 'refusing to create a tag with a digest reference');

/** `a prune operation is already running` (409). */
export const pruneRunning = (): DockerError => new DockerError('Conflict', 'a prune operation is already running');

/** `more than one until filter specified` (400). */
export const moreThanOneUntil = (): DockerError => new DockerError('InvalidParameter', 'more than one until filter specified');

/** `syntax error in pattern` (Go's path.ErrBadPattern, from a bad `reference` filter). */
export const badPattern = (): DockerError => new DockerError('InvalidParameter', 'syntax error in pattern');

/** `open /var/lib/docker/tmp/docker-import-…/repositories: no such file or directory`: a tar without an image. */
export const loadNoManifest = (dir: string): DockerError =>
  new DockerError('Internal', `open /var/lib/docker/tmp/${dir}/repositories: no such file or directory`);

/** `invalid diffID for layer N: expected X, got Y` (load of a tampered archive). */
export const invalidDiffId = (index: number, expected: string, got: string): DockerError =>
  new DockerError('Internal', `invalid diffID for layer ${index}: expected ${expected}, got ${got}`);

/** `empty export - not implemented` (save of an image without layers). */
export const emptyExport = (): DockerError => new DockerError('Internal', 'empty export - not implemented');

/** A config blob that is not a valid image config. */
export const invalidImageConfig = (why: string): DockerError => new DockerError('InvalidParameter', `invalid image config: ${why}`);
