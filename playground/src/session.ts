/**
 * @module
 * The playground's world session: one seeded world at a time, prepared for the workshop (the todo
 * app on the host's disk, a Docker Hub account for `docker push`), with save
 * and load. Replacing the world (a new seed, a loaded file) tells the listeners, which re-attach
 * their shell and picture to it.
 */
import { createWorld, type ClockMode, type SavedWorld, type World } from 'dockersim';
import { APP_DIR, APP_FILES } from './workshop/app-files.js';

/** The Docker Hub account the workshop's "share" step logs in with. */
export const HUB_USER = { username: 'learner', password: 'dockersim' } as const;

/** How the clock runs: real time × speed, paused (`manual`), or `auto` (time jumps over waits). */
export interface ClockSetting {
  readonly mode: ClockMode;
  readonly speed: number;
}

/** One world at a time. */
export class WorldSession {
  #world: World;
  readonly #listeners = new Set<(world: World) => void>();

  constructor(seed: number, clock: ClockSetting = { mode: 'realtime', speed: 1 }) {
    this.#world = prepare(createWorld({ seed, clock: { mode: clock.mode, speed: clock.speed } }));
  }

  /** The current world. */
  get world(): World {
    return this.#world;
  }

  /** Starts over with a fresh world from `seed`, keeping the clock setting. */
  reset(seed: number): World {
    return this.#replace(createWorld({ seed, clock: this.#clockOptions() }));
  }

  /** The world as JSON text (what the download holds). */
  save(): string {
    return JSON.stringify(this.#world.save());
  }

  /** Replaces the world with a saved one; throws a TypeError naming the problem, leaving the world as it was. */
  load(json: string): World {
    let saved: SavedWorld;
    try {
      saved = JSON.parse(json) as SavedWorld;
    } catch (e) {
      throw new TypeError(`not a saved world: ${(e as Error).message}`);
    }
    return this.#replace(createWorld({ from: saved, clock: this.#clockOptions() }));
  }

  /** Calls `listener` whenever the world is replaced; returns the unsubscribe function. */
  onWorld(listener: (world: World) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #clockOptions() {
    const clock = this.#world.clock;
    return { mode: clock.mode, speed: clock.speed };
  }

  #replace(next: World): World {
    this.#world.dispose();
    this.#world = prepare(next);
    for (const listener of this.#listeners) listener(next);
    return next;
  }
}

/** Puts the workshop on a world: the app on the host's disk, the Hub account. */
export function prepare(world: World): World {
  const fs = world.host().fs;
  if (!fs.exists(APP_DIR)) {
    for (const [path, content] of Object.entries(APP_FILES)) {
      const full = `${APP_DIR}/${path}`;
      fs.mkdir(full.slice(0, full.lastIndexOf('/')), { recursive: true });
      fs.writeFile(full, content);
    }
  }
  const hub = world.registry();
  if (!hub.state.users.has(HUB_USER.username)) hub.addUser(HUB_USER.username, HUB_USER.password);
  return world;
}
