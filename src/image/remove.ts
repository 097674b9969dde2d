/**
 * @module
 * `docker rmi` (`DELETE /images/{name}`), as the classic store decides it (moby
 * `gdstore/image_delete.go`). By name: untag that reference — refused while it is the image's
 * only reference and a container uses the image, unless forced — then delete the image quietly
 * if nothing else holds it. By ID: delete the image and its references, checking hard conflicts
 * (child images, running containers: never forced) and soft ones (stopped containers, references
 * in several repositories: `-f`). Deleting releases unused layers (`Deleted: <ChainID>`) and,
 * unless `noprune`, the untagged parents.
 */
import { imageDeleteConflict, referenceInUse } from '../core/messages/image.js';
import type { EventSpec } from '../core/events.js';
import { shortId } from '../core/ids.js';
import { familiarString, tagNameOnly } from '../reference/format.js';
import { parseNormalizedNamed, parseReference, type Reference } from '../reference/parse.js';
import { imageEvent } from './events.js';
import type { ImageHooks } from './hooks.js';
import { getImage, referenceKey } from './lookup.js';
import type { Outcome } from './outcome.js';
import type { ImageStore } from './records.js';
import { childrenOf, deleteImage, deleteReference } from './store.js';

/** One line of the result (Engine API `ImageDeleteResponseItem`). */
export type DeleteResponseItem = { readonly Untagged: string } | { readonly Deleted: string };

/** Options of {@link removeImage}. */
export interface RemoveOptions {
  readonly force?: boolean;
  /** Keep untagged parents (`--no-prune`). */
  readonly noprune?: boolean;
}

const CHILD = 1;
const RUNNING = 2;
const REFERENCE = 4;
const STOPPED = 8;
const HARD = CHILD | RUNNING;
const SOFT = REFERENCE | STOPPED;

interface Conflict {
  readonly error: Error;
  /** A container uses the image. */
  readonly used: boolean;
}

class Session {
  store: ImageStore;
  readonly records: DeleteResponseItem[] = [];
  readonly events: EventSpec[] = [];
  readonly #hooks: ImageHooks;

  constructor(store: ImageStore, hooks: ImageHooks) {
    this.store = store;
    this.#hooks = hooks;
  }

  untag(id: string, ref: Reference, event = true): void {
    this.store = deleteReference(this.store, referenceKey(ref));
    this.records.push({ Untagged: familiarString(ref) });
    if (event) this.events.push(imageEvent('untag', id, id, this.store.images.get(id)?.config.config.Labels));
  }

  conflict(id: string, mask: number): Conflict | undefined {
    const short = shortId(id);
    if (mask & CHILD && childrenOf(this.store, id).length > 0) return { error: imageDeleteConflict(short, true, 'image has dependent child images'), used: false };
    const users = this.#hooks.containersUsing(id);
    const running = users.find((c) => c.running);
    if (mask & RUNNING && running) return { error: imageDeleteConflict(short, true, `image is being used by running container ${shortId(running.id)}`), used: true };
    if (mask & REFERENCE && (this.store.images.get(id)?.references.length ?? 0) > 0) {
      return { error: imageDeleteConflict(short, false, 'image is referenced in multiple repositories'), used: false };
    }
    const stopped = users.find((c) => !c.running);
    if (mask & STOPPED && stopped) return { error: imageDeleteConflict(short, false, `image is being used by stopped container ${shortId(stopped.id)}`), used: true };
    return undefined;
  }

  /** moby `imageDeleteHelper`. */
  delete(id: string, force: boolean, prune: boolean, quiet: boolean): void {
    const image = this.store.images.get(id);
    if (!image) return;
    const conflict = this.conflict(id, HARD | (force ? 0 : SOFT));
    if (conflict) {
      const dangling = image.references.length === 0 && childrenOf(this.store, id).length === 0;
      if (quiet && (!dangling || conflict.used)) return;
      throw conflict.error;
    }
    for (const key of image.references) this.untag(id, parseReference(key));
    const { store, removedLayers } = deleteImage(this.store, id, this.#hooks.pinnedLayers());
    this.store = store;
    this.events.push(imageEvent('delete', id, id));
    this.records.push({ Deleted: id }, ...removedLayers.map((chainId) => ({ Deleted: chainId })));
    if (prune && image.parent) this.delete(image.parent, false, true, true);
  }
}

/** True when every reference is in one repository and there is at most one tag (moby `isSingleReference`). */
function isSingleReference(keys: readonly string[]): boolean {
  if (keys.length <= 1) return keys.length === 1;
  const refs = keys.map((k) => parseReference(k));
  const name = (r: Reference) => `${r.domain}/${r.path}`;
  const digestNames = new Set(refs.filter((r) => r.digest && !r.tag).map(name));
  const tagged = refs.filter((r) => !(r.digest && !r.tag));
  if (tagged.length > 1) return false;
  const single = tagged[0] ?? refs[0]!;
  return digestNames.size === 1 && digestNames.has(name(single));
}

function isImageIdPrefix(id: string, text: string): boolean {
  return id.startsWith(text) || id.slice('sha256:'.length).startsWith(text);
}

/** Removes an image by name or ID; the result lists `Untagged`/`Deleted` lines in Docker's order. */
export function removeImage(store: ImageStore, name: string, options: RemoveOptions, hooks: ImageHooks): Outcome<DeleteResponseItem[]> {
  const force = options.force ?? false;
  const prune = !options.noprune;
  const session = new Session(store, hooks);
  const image = getImage(store, name);
  const id = image.id;
  let quiet = false;
  if (!isImageIdPrefix(id, name)) {
    if (!force && isSingleReference(image.references)) {
      const user = hooks.containersUsing(id)[0];
      if (user) throw referenceInUse(name, shortId(user.id), shortId(id));
    }
    const ref = tagNameOnly(parseNormalizedNamed(name));
    session.untag(id, ref);
    let remaining = session.store.images.get(id)!.references.map((k) => parseReference(k));
    if (!ref.digest) {
      const sameRepo = (r: Reference) => r.domain === ref.domain && r.path === ref.path;
      if (!remaining.some((r) => !(r.digest && !r.tag) && sameRepo(r))) {
        for (const r of remaining.filter((r) => r.digest && !r.tag && sameRepo(r))) session.untag(id, r, false);
        remaining = remaining.filter((r) => !(r.digest && !r.tag && sameRepo(r)));
      }
    }
    if (remaining.length > 0) return { store: session.store, result: session.records, events: session.events };
    quiet = true;
  } else if (isSingleReference(image.references)) {
    const conflict = session.conflict(id, HARD | (force ? 0 : STOPPED));
    if (conflict) throw conflict.error;
    for (const key of image.references) session.untag(id, parseReference(key));
  }
  session.delete(id, force, prune, quiet);
  return { store: session.store, result: session.records, events: session.events };
}
