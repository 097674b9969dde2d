/**
 * @module
 * References as docker's list formatters print them (distribution/reference's
 * `ParseNormalizedNamed`, `FamiliarName`, `FamiliarString`, from the reference layer):
 * `docker.io/library/nginx:latest` shows as `nginx` with tag `latest`. A text that is not a valid
 * reference (`<none>:<none>`, an image id) is split on its last `@` and `:` as it stands.
 */
import { familiarName as familiar } from '../../reference/format.js';
import { parseNormalizedNamed } from '../../reference/parse.js';

/** A reference split into its familiar name, tag and digest (each possibly empty). */
export interface ReferenceParts {
  readonly name: string;
  readonly tag: string;
  readonly digest: string;
  /** False when the text is not a valid reference (the parts are then a plain split). */
  readonly valid: boolean;
}

/** The familiar form of a repository name: `docker.io/library/x` → `x`, `docker.io/u/x` → `u/x`. */
export function familiarName(name: string): string {
  try {
    return familiar(parseNormalizedNamed(name));
  } catch {
    return name;
  }
}

/** Splits a (normalized or familiar) reference into familiar name, tag and digest. */
export function splitReference(ref: string): ReferenceParts {
  try {
    const parsed = parseNormalizedNamed(ref);
    return { name: familiar(parsed), tag: parsed.tag ?? '', digest: parsed.digest ?? '', valid: true };
  } catch {
    let rest = ref;
    let digest = '';
    const at = rest.indexOf('@');
    if (at >= 0) {
      digest = rest.slice(at + 1);
      rest = rest.slice(0, at);
    }
    let tag = '';
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
      tag = rest.slice(colon + 1);
      rest = rest.slice(0, colon);
    }
    return { name: rest, tag, digest, valid: false };
  }
}
