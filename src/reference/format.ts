/**
 * @module
 * References as Docker prints them: the canonical string (`docker.io/library/ubuntu:latest`) and
 * the familiar one users see (`ubuntu:latest`; `docker.io/` dropped, and `library/` when nothing
 * else is nested), plus the small transformations Docker applies (`TagNameOnly`, `WithTag`,
 * `TrimNamed`).
 */
import { invalidDigestFormat, invalidTagFormat } from '../core/messages/reference.js';
import { DIGEST_RE, TAG_RE } from './grammar.js';
import { DEFAULT_DOMAIN, DEFAULT_TAG, OFFICIAL_REPO_PREFIX, parseDigest, type Reference } from './parse.js';

/** `domain/path` (or just `path` when there is no domain). */
export function referenceName(ref: Reference): string {
  return ref.domain ? `${ref.domain}/${ref.path}` : ref.path;
}

function suffix(ref: Reference): string {
  return (ref.tag ? `:${ref.tag}` : '') + (ref.digest ? `@${ref.digest}` : '');
}

/** The canonical string: `docker.io/library/ubuntu:latest`, `localhost:5000/app@sha256:…`. */
export function formatReference(ref: Reference): string {
  return referenceName(ref) + suffix(ref);
}

/** The familiar name: `ubuntu`, `user/app`, `localhost:5000/app`. */
export function familiarName(ref: Reference): string {
  if (ref.domain !== DEFAULT_DOMAIN) return referenceName(ref);
  if (ref.path.startsWith(OFFICIAL_REPO_PREFIX)) {
    const rest = ref.path.slice(OFFICIAL_REPO_PREFIX.length);
    if (!rest.includes('/')) return rest;
  }
  return ref.path;
}

/** The familiar string: `ubuntu:latest`, `user/app@sha256:…`. */
export function familiarString(ref: Reference): string {
  return familiarName(ref) + suffix(ref);
}

/** True when the reference has neither tag nor digest. */
export function isNameOnly(ref: Reference): boolean {
  return ref.tag === undefined && ref.digest === undefined;
}

/** The reference with `latest` added when it has neither tag nor digest (reference `TagNameOnly`). */
export function tagNameOnly(ref: Reference): Reference {
  return isNameOnly(ref) ? Object.freeze({ ...ref, tag: DEFAULT_TAG }) : ref;
}

/** The name with `tag` (any digest kept); throws `invalid tag format`. */
export function withTag(ref: Reference, tag: string): Reference {
  if (!TAG_RE.test(tag)) throw invalidTagFormat();
  return Object.freeze({ ...ref, tag });
}

/** The name with `digest` (any tag kept). */
export function withDigest(ref: Reference, digest: string): Reference {
  if (!DIGEST_RE.test(digest)) throw invalidDigestFormat();
  parseDigest(digest);
  return Object.freeze({ ...ref, digest });
}

/** The name alone (reference `TrimNamed`). */
export function trimNamed(ref: Reference): Reference {
  return Object.freeze({ domain: ref.domain, path: ref.path });
}

/** True when two references are the same (same name, tag and digest). */
export function sameReference(a: Reference, b: Reference): boolean {
  return a.domain === b.domain && a.path === b.path && a.tag === b.tag && a.digest === b.digest;
}
