/**
 * @module
 * Messages of the daemon itself: API versions, unimplemented endpoints, bad input.
 */
import { DockerError } from '../errors.js';

/** `client version X is too new. Maximum supported API version is 1.50` (moby `server/middleware/version.go`). */
export const clientVersionTooNew = (version: string, max: string): DockerError =>
  new DockerError('InvalidParameter', `client version ${version} is too new. Maximum supported API version is ${max}`);

/** `client version X is too old. Minimum supported API version is 1.24, please upgrade your client to a newer version`. */
export const clientVersionTooOld = (version: string, min: string): DockerError =>
  new DockerError(
    'InvalidParameter',
    `client version ${version} is too old. Minimum supported API version is ${min}, please upgrade your client to a newer version`,
  );

/** The answer for a Docker feature that dockersim does not simulate (yet). */
export const notSimulated = (feature: string): DockerError =>
  new DockerError('NotImplemented', `${feature} is not simulated by dockersim`);

/** A required argument was missing or had the wrong type. */
export const invalidArgument = (message: string): DockerError => new DockerError('InvalidParameter', message);
