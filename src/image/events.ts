/**
 * @module
 * Image events as the classic store logs them (moby `LogImageEvent`): the actor is an image ID or
 * a reference, with `name` and the image's labels as attributes.
 */
import type { EventSpec } from '../core/events.js';

/** The image actions Docker reports. */
export type ImageAction = 'pull' | 'push' | 'tag' | 'untag' | 'delete' | 'save' | 'load' | 'import' | 'prune';

/** An image event: `id` is the actor (image ID or familiar reference), `name` its name attribute; labels are copied over it. */
export function imageEvent(action: ImageAction, id: string, name: string, labels?: { readonly [key: string]: string }): EventSpec {
  return { Type: 'image', Action: action, id, attributes: { ...(name ? { name } : {}), ...(labels ?? {}) } };
}
