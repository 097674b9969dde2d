/**
 * @module
 * The little of distribution/reference the list formatters need: a reference's familiar form
 * (`docker.io/library/nginx:latest` → `nginx:latest`), its familiar name, tag and digest. A full
 * reference grammar lives in the reference layer; this reads only normalized, valid references
 * as the daemon returns them.
 */

/** A reference split into its familiar name, tag and digest (each possibly empty). */
export interface ReferenceParts {
  readonly name: string;
  readonly tag: string;
  readonly digest: string;
}

/** `docker.io/library/x` → `x`, `docker.io/u/x` → `u/x`; other registries unchanged. */
export function familiarName(name: string): string {
  if (name.startsWith('docker.io/library/') && !name.slice('docker.io/library/'.length).includes('/')) return name.slice('docker.io/library/'.length);
  if (name.startsWith('docker.io/')) return name.slice('docker.io/'.length);
  return name;
}

/** Splits a (normalized or familiar) reference into familiar name, tag and digest. */
export function splitReference(ref: string): ReferenceParts {
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
  return { name: familiarName(rest), tag, digest };
}
