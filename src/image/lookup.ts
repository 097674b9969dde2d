/**
 * @module
 * Finding an image the way the classic store does (moby `daemon/images/image.go` `GetImage`):
 * parse the reference (an ID, a digest or a name), look the name up in the reference index
 * (`latest` added when there is no tag; a digest wins over a tag), else treat the text as an ID
 * prefix. Nothing found — or an ambiguous prefix, which the classic store does not report — is
 * `No such image: <familiar reference>`.
 */
import { isDockerError } from '../core/errors.js';
import { noSuchImage } from '../core/messages/image.js';
import { familiarString, formatReference, tagNameOnly, trimNamed } from '../reference/format.js';
import { isNamed, parseAnyReference, type Reference } from '../reference/parse.js';
import type { ImageRecord, ImageStore } from './records.js';

/** The image an ID prefix designates (with or without `sha256:`), if exactly one does. */
export function searchImageId(store: ImageStore, text: string): ImageRecord | undefined {
  const hex = text.startsWith('sha256:') ? text.slice(7) : text;
  if (!/^[a-f0-9]+$/.test(hex)) return undefined;
  const exact = store.images.get(`sha256:${hex}`);
  if (exact) return exact;
  const matches = store.images.filter((img) => img.id.startsWith(`sha256:${hex}`));
  return matches.length === 1 ? matches[0] : undefined;
}

/** The index key a named reference is looked up by: a digest wins over a tag; `latest` when neither. */
export function referenceKey(ref: Reference): string {
  if (ref.digest) return formatReference({ ...trimNamed(ref), digest: ref.digest });
  return formatReference(tagNameOnly(ref));
}

/** The `No such image` error for what the user typed. */
export function imageNotFound(text: string): Error {
  try {
    const ref = parseAnyReference(text);
    return noSuchImage(isNamed(ref) ? familiarString(tagNameOnly(ref)) : ref.digest);
  } catch {
    return noSuchImage(text);
  }
}

/** Resolves a name, tag, digest, ID or ID prefix to an image; throws Docker's errors. */
export function getImage(store: ImageStore, text: string): ImageRecord {
  const ref = parseAnyReference(text); // InvalidParameter for malformed references
  if (!isNamed(ref)) {
    const img = store.images.get(ref.digest);
    if (img) return img;
    throw noSuchImage(ref.digest);
  }
  const id = store.references.get(referenceKey(ref));
  const byRef = id !== undefined ? store.images.get(id) : undefined;
  if (byRef) return byRef;
  const byId = searchImageId(store, text);
  if (byId) return byId;
  throw noSuchImage(familiarString(tagNameOnly(ref)));
}

/** Like {@link getImage}, but `undefined` instead of a NotFound error. */
export function findImage(store: ImageStore, text: string): ImageRecord | undefined {
  try {
    return getImage(store, text);
  } catch (error) {
    if (isDockerError(error, 'NotFound')) return undefined;
    throw error;
  }
}
