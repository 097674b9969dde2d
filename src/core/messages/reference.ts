/**
 * @module
 * Messages of image reference parsing (distribution/reference, opencontainers/go-digest), as the
 * daemon and the CLI print them.
 */
import { DockerError } from '../errors.js';

/** `invalid reference format` (reference.ErrReferenceInvalidFormat). */
export const invalidReferenceFormat = (): DockerError => new DockerError('InvalidParameter', 'invalid reference format');

/** `repository name must be lowercase` (raw `Parse`). */
export const repositoryNameMustBeLowercase = (): DockerError => new DockerError('InvalidParameter', 'repository name must be lowercase');

/** `invalid reference format: repository name (library/Ubuntu) must be lowercase` (`ParseNormalizedNamed`). */
export const normalizedNameMustBeLowercase = (remote: string): DockerError =>
  new DockerError('InvalidParameter', `invalid reference format: repository name (${remote}) must be lowercase`);

/** `repository name must have at least one component` (reference.ErrNameEmpty). */
export const repositoryNameEmpty = (): DockerError => new DockerError('InvalidParameter', 'repository name must have at least one component');

/** `repository name must not be more than 255 characters` (reference.ErrNameTooLong). */
export const repositoryNameTooLong = (): DockerError => new DockerError('InvalidParameter', 'repository name must not be more than 255 characters');

/** `invalid repository name (<64 hex>), cannot specify 64-byte hexadecimal strings`. */
export const repositoryNameIsHexId = (name: string): DockerError =>
  new DockerError('InvalidParameter', `invalid repository name (${name}), cannot specify 64-byte hexadecimal strings`);

/** `invalid tag format` (reference.ErrTagInvalidFormat). */
export const invalidTagFormat = (): DockerError => new DockerError('InvalidParameter', 'invalid tag format');

/** go-digest's `invalid checksum digest format`. */
export const invalidDigestFormat = (): DockerError => new DockerError('InvalidParameter', 'invalid checksum digest format');

/** go-digest's `invalid checksum digest length`. */
export const invalidDigestLength = (): DockerError => new DockerError('InvalidParameter', 'invalid checksum digest length');

/** go-digest's `unsupported digest algorithm`. */
export const unsupportedDigestAlgorithm = (): DockerError => new DockerError('InvalidParameter', 'unsupported digest algorithm');
