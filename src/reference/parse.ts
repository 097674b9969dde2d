/**
 * @module
 * Parsing image references as Docker does (distribution/reference `Parse`,
 * `ParseNormalizedNamed`, `ParseAnyReference`; go-digest validation): `ubuntu` →
 * `docker.io/library/ubuntu`, `localhost:5000/app:v1`, `alpine@sha256:…`, `name:tag@digest`.
 * Failures are Docker's own errors (`invalid reference format`, the lowercase message, …).
 */
import {
  invalidDigestFormat,
  invalidDigestLength,
  invalidReferenceFormat,
  normalizedNameMustBeLowercase,
  repositoryNameEmpty,
  repositoryNameIsHexId,
  repositoryNameMustBeLowercase,
  repositoryNameTooLong,
  unsupportedDigestAlgorithm,
} from '../core/messages/reference.js';
import { DIGEST_RE, IDENTIFIER_RE, NAME_RE, NAME_TOTAL_LENGTH_MAX, REFERENCE_RE } from './grammar.js';

/** A parsed reference: a repository name, optionally a tag and/or a digest. */
export interface Reference {
  /** Registry host (`docker.io`, `localhost:5000`); empty when a raw parse found none. */
  readonly domain: string;
  /** Repository path (`library/ubuntu`). */
  readonly path: string;
  readonly tag?: string;
  readonly digest?: string;
}

/** A reference that is only a digest (`sha256:…`, or a 64-hex image id). */
export interface DigestReference {
  readonly digest: string;
}

/** Docker Hub's canonical domain. */
export const DEFAULT_DOMAIN = 'docker.io';
/** Docker Hub's legacy domain, rewritten to {@link DEFAULT_DOMAIN}. */
export const LEGACY_DEFAULT_DOMAIN = 'index.docker.io';
/** The namespace of official images. */
export const OFFICIAL_REPO_PREFIX = 'library/';
/** The tag added when none is given. */
export const DEFAULT_TAG = 'latest';

const DIGEST_SIZES: { readonly [algorithm: string]: number } = { sha256: 32, sha384: 48, sha512: 64 };

/** Validates a digest as go-digest does; returns it or throws Docker's error. */
export function parseDigest(text: string): string {
  const i = text.indexOf(':');
  if (i <= 0 || i + 1 === text.length) throw invalidDigestFormat();
  const algorithm = text.slice(0, i);
  const encoded = text.slice(i + 1);
  const size = DIGEST_SIZES[algorithm];
  if (size === undefined) throw DIGEST_RE.test(text) ? unsupportedDigestAlgorithm() : invalidDigestFormat();
  if (encoded.length !== size * 2) throw invalidDigestLength();
  if (!/^[a-f0-9]+$/.test(encoded)) throw invalidDigestFormat();
  return text;
}

/** A raw parse (reference `Parse`): no normalization, no default domain or tag. */
export function parseReference(text: string): Reference {
  if (text === '') throw repositoryNameEmpty();
  const m = REFERENCE_RE.exec(text);
  if (!m) {
    const lower = text.toLowerCase();
    if (lower !== text && REFERENCE_RE.test(lower)) throw repositoryNameMustBeLowercase();
    throw invalidReferenceFormat();
  }
  const name = NAME_RE.exec(m[1]!);
  const domain = name?.[1] ?? '';
  const path = name ? name[2]! : m[1]!;
  if (path.length > NAME_TOTAL_LENGTH_MAX) throw repositoryNameTooLong();
  const ref: { domain: string; path: string; tag?: string; digest?: string } = { domain, path };
  if (m[2]) ref.tag = m[2];
  if (m[3]) ref.digest = parseDigest(m[3]);
  return Object.freeze(ref);
}

/** Splits a familiar name into Docker's domain and remote name (reference `splitDockerDomain`). */
export function splitDockerDomain(name: string): { domain: string; remainder: string } {
  const slash = name.indexOf('/');
  if (slash < 0) return { domain: DEFAULT_DOMAIN, remainder: OFFICIAL_REPO_PREFIX + name };
  const first = name.slice(0, slash);
  const rest = name.slice(slash + 1);
  let domain: string;
  let remainder: string;
  if (first === LEGACY_DEFAULT_DOMAIN) [domain, remainder] = [DEFAULT_DOMAIN, rest];
  else if (first === 'localhost' || /[.:]/.test(first) || first.toLowerCase() !== first) [domain, remainder] = [first, rest];
  else [domain, remainder] = [DEFAULT_DOMAIN, name];
  if (domain === DEFAULT_DOMAIN && !remainder.includes('/')) remainder = OFFICIAL_REPO_PREFIX + remainder;
  return { domain, remainder };
}

/**
 * Parses what a user typed into a fully qualified reference (reference `ParseNormalizedNamed`):
 * `ubuntu` → `docker.io/library/ubuntu`, `user/app:v1` → `docker.io/user/app:v1`. No tag is
 * added: use `tagNameOnly` for that.
 */
export function parseNormalizedNamed(text: string): Reference {
  if (IDENTIFIER_RE.test(text)) throw repositoryNameIsHexId(text);
  const { domain, remainder } = splitDockerDomain(text);
  const colon = remainder.indexOf(':');
  const remote = colon >= 0 ? remainder.slice(0, colon) : remainder;
  if (remote.toLowerCase() !== remote) throw normalizedNameMustBeLowercase(remote);
  return parseReference(`${domain}/${remainder}`);
}

/** True when the parse result is a {@link Reference} with a name. */
export function isNamed(ref: Reference | DigestReference): ref is Reference {
  return 'path' in ref;
}

/**
 * Parses an image id, a digest or a name (reference `ParseAnyReference`, used where either may
 * be given, as in `docker run <image>`): a bare 64-hex string is an id (`sha256:` added).
 */
export function parseAnyReference(text: string): Reference | DigestReference {
  if (IDENTIFIER_RE.test(text)) return Object.freeze({ digest: `sha256:${text}` });
  try {
    return Object.freeze({ digest: parseDigest(text) });
  } catch {
    return parseNormalizedNamed(text);
  }
}
