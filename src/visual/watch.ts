/**
 * @module
 * `watchScene`: a live scene. It listens to a world's commits, derives the scene again only when
 * something a picture shows changed (images, containers, networks, volumes, registries — not a
 * log line or a progress tick), and hands the listener the new scene, its diff from the last one
 * and the Docker events that led to it. A `schedule` function (`requestAnimationFrame` in a
 * browser) coalesces bursts of commits into one update per frame.
 */
import type { Commit } from '../core/store.js';
import type { HostEvent } from '../daemon/context.js';
import type { WorldState } from '../world/state.js';
import { diffScenes, isEmptyDiff, type SceneDiff } from './diff.js';
import type { Scene } from './scene.js';
import { sceneOf, type SceneOptions } from './scene-of.js';

/** What {@link watchScene} watches: a world, or anything with its state and commits. */
export interface SceneSource {
  readonly store: { readonly state: WorldState };
  onCommit(listener: (commit: Commit<WorldState, HostEvent>) => void): () => void;
}

/** One update of a watched scene. */
export interface SceneUpdate {
  readonly scene: Scene;
  readonly previous: Scene;
  readonly diff: SceneDiff;
  /** The Docker events committed since the previous update, in order. */
  readonly events: readonly HostEvent[];
  /** The state the scene was derived from. */
  readonly state: WorldState;
}

/** Options of {@link watchScene}. */
export interface WatchSceneOptions extends SceneOptions {
  /**
   * Called with a flush function when a commit arrives and no flush is pending; the update comes
   * when it calls it. Default: flush at once (one update per commit that changed the picture).
   */
  readonly schedule?: (flush: () => void) => void;
}

/** A running watch. */
export interface SceneWatch {
  /** The latest scene. */
  readonly scene: Scene;
  /** Stops listening. */
  stop(): void;
}

/** Watches `source`'s scene; `listener` gets every update that changes the picture or carries events. */
export function watchScene(source: SceneSource, listener: (update: SceneUpdate) => void, options: WatchSceneOptions = {}): SceneWatch {
  let state = source.store.state;
  let scene = sceneOf(state, options);
  let events: HostEvent[] = [];
  let pending = false;
  let stopped = false;
  const flush = () => {
    pending = false;
    if (stopped) return;
    const next = source.store.state;
    const previous = scene;
    if (!sameVisibleState(state, next)) scene = sceneOf(next, options);
    state = next;
    const diff = diffScenes(previous, scene);
    const happened = events;
    events = [];
    if (isEmptyDiff(diff) && happened.length === 0) return;
    listener({ scene, previous, diff, events: happened, state });
  };
  const unsubscribe = source.onCommit((commit) => {
    events.push(...commit.events);
    if (pending) return;
    pending = true;
    if (options.schedule) options.schedule(flush);
    else flush();
  });
  return {
    get scene() {
      return scene;
    },
    stop() {
      stopped = true;
      unsubscribe();
    },
  };
}

/** True when nothing {@link sceneOf} reads differs (tables are persistent: identity means equality). */
export function sameVisibleState(a: WorldState, b: WorldState): boolean {
  if (a === b) return true;
  if (a.registries !== b.registries) return false;
  const hosts = Object.keys(a.hosts);
  if (hosts.length !== Object.keys(b.hosts).length) return false;
  return hosts.every((name) => {
    const x = a.hosts[name];
    const y = b.hosts[name];
    return x !== undefined && y !== undefined && x.images === y.images && x.containers === y.containers && x.networks === y.networks && x.volumes === y.volumes;
  });
}
