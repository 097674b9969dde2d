/**
 * @module
 * Messages of list and prune filters (moby `api/types/filters`).
 */
import { DockerError } from '../errors.js';

/** `invalid filter '<name>'` (400): a filter the endpoint does not accept. */
export const invalidFilter = (name: string): DockerError => new DockerError('InvalidParameter', `invalid filter '${name}'`);

/** `invalid filter '<name>=[<values>]'` (400): a boolean filter without exactly one truthy or falsy value. */
export const invalidBoolFilter = (name: string, values: readonly string[]): DockerError =>
  new DockerError('InvalidParameter', `invalid filter '${name}=[${values.join(' ')}]'`);
