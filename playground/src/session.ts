/**
 * @module
 * The playground's world session: one seeded world at a time, prepared for the workshop (the todo
 * app on the host's disk, stand-in programs, a Docker Hub account for `docker push`), with the
 * docker CLI's per-terminal state (its config, working directory, environment), save and load.
 * Replacing the world (new seed, loaded file) tells the listeners, which re-subscribe.
 */
import { createWorld, type ClockMode, type DockerClient, type SavedWorld, type World } from 'dockersim';
import type { CliConfig, RunDockerOptions } from 'dockersim/cli';
import { APP_DIR, APP_FILES } from './workshop/app-files.js';
import { defineStandIns } from './workshop/stand-ins.js';

/** The Docker Hub account the workshop's "share" step logs in with. */
export const HUB_USER = { username: 'learner', password: 'dockersim' } as const;

/** How the clock runs: real time × speed, or `auto` (time jumps to the next timer at once). */
export interface ClockSetting {
  readonly mode: ClockMode;
  readonly speed: number;
}

/** One world and the terminal's CLI state. */
export class WorldSession {
  #world: World;
  #client: DockerClient;
  #config: CliConfig = {};
  #listeners = new Set<(world: World) => void>();
  /** The terminal's working directory on the simulated host. */
  cwd = APP_DIR;
  /** The CLI's environment. */
  readonly env: { readonly [name: string]: string } = { HOME: '/home/me', USER: 'me', PATH: '/usr/local/bin:/usr/bin:/bin' };

  constructor(seed: number, clock: ClockSetting = { mode: 'realtime', speed: 1 }) {
    this.#world = prepare(createWorld({ seed, clock: { mode: clock.mode, speed: clock.speed } }));
    this.#client = this.#world.client();
  }

  /** The current world. */
  get world(): World {
    return this.#world;
  }

  /** The terminal's client of the default host (it keeps `docker login` credentials, as the CLI's config.json does). */
  get client(): DockerClient {
    return this.#client;
  }

  /** Options for `runDocker` / `streamDocker` against the current world, as this terminal's CLI. */
  cliOptions(): RunDockerOptions {
    const world = this.#world;
    return { client: this.#client, config: this.#config, env: this.env, host: { fs: world.host().fs, cwd: this.cwd }, now: () => world.clock.now(), tty: true };
  }

  /** Starts over with a fresh world from `seed`, keeping the clock setting. */
  reset(seed: number): World {
    return this.#replace(createWorld({ seed, clock: this.#clockOptions() }));
  }

  /** The world as JSON text (what the download holds). */
  save(): string {
    return JSON.stringify(this.#world.save());
  }

  /** Replaces the world with a saved one; throws a TypeError naming the problem. */
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
    this.#client = next.client();
    this.#config = {};
    this.cwd = APP_DIR;
    for (const listener of this.#listeners) listener(next);
    return next;
  }
}

/** Puts the workshop on a world: programs it lacks, the app on the host's disk, the Hub account. */
export function prepare(world: World): World {
  defineStandIns(world);
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
