/**
 * @module
 * Image references as the docker CLI parses them itself (distribution/reference, before any
 * request): the reference layer's functions, with their errors turned into plain CLI errors — a
 * malformed name is the client's complaint (`invalid reference format`), not the daemon's.
 */
import { isDockerError } from '../core/errors.js';
import { familiarString, formatReference, tagNameOnly } from '../reference/format.js';
import { isNamed, parseAnyReference, parseNormalizedNamed, type Reference } from '../reference/parse.js';

/** Runs a reference parse, rethrowing Docker's error as the client's own. */
export function clientSide<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (isDockerError(error)) throw new Error(error.message);
    throw error;
  }
}

/** `reference.ParseNormalizedNamed`, client side. */
export function normalizedNamed(text: string): Reference {
  return clientSide(() => parseNormalizedNamed(text));
}

/** `reference.ParseAnyReference`: a named reference, or undefined for an id / digest. */
export function anyNamed(text: string): Reference | undefined {
  const ref = clientSide(() => parseAnyReference(text));
  return isNamed(ref) ? ref : undefined;
}

/** The familiar form with `latest` added when untagged: `alpine` → `alpine:latest`. */
export function familiarTagged(ref: Reference): string {
  return familiarString(tagNameOnly(ref));
}

/** The canonical form: `docker.io/library/alpine:latest`. */
export function canonical(ref: Reference): string {
  return formatReference(ref);
}
