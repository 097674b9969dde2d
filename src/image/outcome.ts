/**
 * @module
 * What an image verb returns: the next store, its result and the events the commit stands for.
 * Verbs are pure; the image service commits the outcome in one step.
 */
import type { EventSpec } from '../core/events.js';
import type { ImageStore } from './records.js';

/** The next store, the verb's result and its events. */
export interface Outcome<T> {
  readonly store: ImageStore;
  readonly result: T;
  readonly events: readonly EventSpec[];
}
