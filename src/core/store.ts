/**
 * @module
 * The one door through which state changes (DESIGN.md decision 3): a private immer instance with
 * patches. Each {@link Store.commit} turns the current state and a recipe into the next state and
 * its patches, carries the events the operation declares, and tells subscribers. Old states stay
 * valid and share structure, so snapshots are free (undo, replay, time travel, visual diffs).
 */
import { EventEmitter } from 'eventemitter3';
import { Immer, enablePatches, type Draft, type Patch } from 'immer';

enablePatches();

/** What one commit produced. */
export interface Commit<S, E = unknown> {
  /** The state after the commit. */
  readonly state: S;
  /** The state before the commit. */
  readonly previous: S;
  /** Immer patches from `previous` to `state`. */
  readonly patches: readonly Patch[];
  /** Patches that undo this commit. */
  readonly inversePatches: readonly Patch[];
  /** The events the commit stands for (Docker events, for the world's store). */
  readonly events: readonly E[];
}

/** Events of a store. */
export interface StoreEvents<S, E> {
  commit: [commit: Commit<S, E>];
  event: [event: E];
}

/** A recipe that changes a draft of the state (return nothing). */
export type Recipe<S> = (draft: Draft<S>) => void;

/** Immutable state with one door for change. */
export class Store<S extends object, E = unknown> {
  readonly #immer = new Immer({ autoFreeze: true });
  readonly #emitter = new EventEmitter<StoreEvents<S, E>>();
  #state: S;
  #committing = false;

  constructor(initial: S) {
    this.#state = this.#immer.produce(initial, () => undefined);
  }

  /** The current state (frozen). */
  get state(): S {
    return this.#state;
  }

  /**
   * Applies `recipe` to a draft of the state as one commit. If the recipe throws, nothing changes
   * and the error propagates (no half-applied operation).
   */
  commit(recipe: Recipe<S>, events: readonly E[] = []): Commit<S, E> {
    return this.#apply((base) => this.#immer.produceWithPatches(base, recipe), events);
  }

  /** Replaces the whole state (load, time travel); subscribers see one commit without events. */
  replace(state: S): Commit<S, E> {
    const replacement: Recipe<S> = () => state as never;
    return this.#apply((base) => this.#immer.produceWithPatches(base, replacement), []);
  }

  #apply(produce: (base: S) => readonly [S, Patch[], Patch[]], events: readonly E[]): Commit<S, E> {
    if (this.#committing) throw new Error('nested commit: an operation must be one commit');
    this.#committing = true;
    let next: S;
    let patches: Patch[];
    let inversePatches: Patch[];
    try {
      [next, patches, inversePatches] = produce(this.#state);
    } finally {
      this.#committing = false;
    }
    const commit: Commit<S, E> = { state: next, previous: this.#state, patches, inversePatches, events };
    this.#state = next;
    this.#emitter.emit('commit', commit);
    for (const event of commit.events) this.#emitter.emit('event', event);
    return commit;
  }

  /** Subscribes to commits; returns the unsubscribe function. */
  subscribe(listener: (commit: Commit<S, E>) => void): () => void {
    this.#emitter.on('commit', listener);
    return () => this.#emitter.off('commit', listener);
  }

  /** Subscribes to the events of every commit; returns the unsubscribe function. */
  onEvent(listener: (event: E) => void): () => void {
    this.#emitter.on('event', listener);
    return () => this.#emitter.off('event', listener);
  }
}
