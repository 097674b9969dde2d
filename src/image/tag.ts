/**
 * @module
 * `docker tag` (`POST /images/{name}/tag?repo=&tag=`): points a new reference at an image,
 * moving it from whichever image had it (which may become dangling), and sets LastTagTime.
 */
import { ambiguousTagName, tagWithDigest } from '../core/messages/image.js';
import { repositoryNameEmpty } from '../core/messages/reference.js';
import { familiarName, familiarString, tagNameOnly, withTag } from '../reference/format.js';
import { parseNormalizedNamed, type Reference } from '../reference/parse.js';
import { imageEvent } from './events.js';
import { getImage } from './lookup.js';
import type { Outcome } from './outcome.js';
import type { ImageStore } from './records.js';
import { setReference } from './store.js';

/** The reference `repo` + `tag` name (moby `httputils.RepoTagReference`), `latest` by default. */
export function repoTagReference(repo: string, tag?: string): Reference {
  if (repo === '') throw repositoryNameEmpty();
  const ref = parseNormalizedNamed(repo);
  if (ref.digest) throw tagWithDigest();
  const tagged = tag ? withTag(ref, tag) : tagNameOnly(ref);
  if (familiarName(tagged) === 'sha256') throw ambiguousTagName();
  return tagged;
}

/** Tags image `source` as `repo:tag`. */
export function tagImage(store: ImageStore, source: string, repo: string, tag: string | undefined, now: number): Outcome<Reference> {
  const ref = repoTagReference(repo, tag);
  const image = getImage(store, source);
  const next = setReference(store, ref, image.id, now);
  return { store: next, result: ref, events: [imageEvent('tag', image.id, familiarString(ref), image.config.config.Labels)] };
}
