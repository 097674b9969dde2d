/**
 * @module
 * `createWorld`: the simulation root. A world holds hosts (one daemon each), registries and one
 * clock; a seed makes it reproducible — same seed, same calls, same ids, names, times and events.
 */
import { castDraft } from 'immer';
import { Clock, type ClockMode, type ClockOptions } from '../core/clock.js';
import { idGenerator } from '../core/ids.js';
import { Random, type Seed } from '../core/random.js';
import { decodeState, encodeState } from '../core/serialize.js';
import { Store, type Commit } from '../core/store.js';
import type { DockerClient } from '../client/docker-client.js';
import type { HostEvent, WorldKernel } from '../daemon/context.js';
import { Daemon } from '../daemon/daemon.js';
import type { HostState } from '../daemon/state.js';
import { initialNetworkSlice } from '../network/state.js';
import { initialVolumeSlice } from '../volume/state.js';
import { emptyContainerSlice } from '../container/slice.js';
import { emptyImageStore } from '../image/records.js';
import { DOMAIN_RE } from '../reference/grammar.js';
import { Registry } from '../registry/registry.js';
import { DOCKER_HUB, newRegistryState, type RegistryOptions } from '../registry/state.js';
import { createProgramRegistry } from '../programs/catalog.js';
import type { ProgramRegistry } from '../programs/registry.js';
import type { Program } from '../programs/types.js';
import { Host } from './host.js';
import { checkSavedWorld, SAVE_FORMAT, type SavedWorld } from './save.js';
import { DEFAULT_HOST, type WorldState } from './state.js';

/** Options of {@link createWorld}. */
export interface WorldOptions {
  /** Seed of every random choice (ids, names, ports…); default 0. */
  readonly seed?: Seed;
  /** Clock mode, or full clock options; default `auto` starting at 2025-01-01T00:00:00Z. */
  readonly clock?: ClockMode | ClockOptions;
  /** Extra hosts besides `default`. */
  readonly hosts?: readonly string[];
  /** A saved world to restore (see {@link World.save}); `seed` and `hosts` are then ignored. */
  readonly from?: SavedWorld;
  /**
   * Your own programs by name, defined before anything runs (as `world.programs.define` would):
   * a restored world restarts its running containers at once, so their programs must be known.
   */
  readonly programs?: { readonly [name: string]: Program };
}

const HOST_NAME_RE = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;

/** A simulated world of Docker hosts and registries. */
export class World {
  /** The seed the world was created with. */
  readonly seed: Seed;
  /** The world's single clock. */
  readonly clock: Clock;
  /** The world's random source. */
  readonly random: Random;
  /** The programs executable files name (`#!dockersim <name>`): the built-ins; `define` adds your own. */
  readonly programs: ProgramRegistry = createProgramRegistry();
  /** The immutable state and its one door. */
  readonly store: Store<WorldState, HostEvent>;
  readonly #kernel: WorldKernel;
  readonly #hosts = new Map<string, Host>();

  /** Use {@link createWorld}. */
  constructor(options: WorldOptions = {}) {
    const saved = options.from === undefined ? undefined : checkSavedWorld(options.from);
    for (const [name, program] of Object.entries(options.programs ?? {})) this.programs.define(name, program);
    const clockOptions: ClockOptions =
      typeof options.clock === 'string' ? { mode: options.clock } : { ...(options.clock ?? {}) };
    this.seed = saved?.seed ?? options.seed ?? 0;
    this.clock = new Clock(
      saved ? { ...clockOptions, start: saved.clock.now, mode: clockOptions.mode ?? saved.clock.mode, speed: clockOptions.speed ?? saved.clock.speed } : clockOptions,
    );
    this.random = new Random(saved ? saved.random : this.seed);
    const initial: WorldState = saved ? decodeState<WorldState>(saved.state) : { hosts: {}, registries: { [DOCKER_HUB]: newRegistryState(DOCKER_HUB) } };
    this.store = new Store<WorldState, HostEvent>(initial);
    this.#kernel = { store: this.store, clock: this.clock, random: this.random, newId: idGenerator(this.random), programs: this.programs };
    if (saved) {
      for (const name of Object.keys(initial.hosts)) this.#attach(name);
      // Every daemon first, so a resumed process can reach containers on the other hosts.
      for (const host of this.#hosts.values()) host.daemon.containers.resume();
    } else {
      this.addHost(DEFAULT_HOST);
      for (const name of options.hosts ?? []) this.addHost(name);
    }
  }

  /** The host called `name` (default `default`); throws if there is none. */
  host(name: string = DEFAULT_HOST): Host {
    const host = this.#hosts.get(name);
    if (!host) throw new RangeError(`no host named ${name} in this world`);
    return host;
  }

  /** Every host, in creation order. */
  hosts(): Host[] {
    return [...this.#hosts.values()];
  }

  /** Adds a host with a fresh daemon. */
  addHost(name: string): Host {
    if (!HOST_NAME_RE.test(name)) throw new RangeError(`invalid host name: ${JSON.stringify(name)}`);
    if (this.#hosts.has(name)) throw new RangeError(`host ${name} already exists`);
    const id = uuidFrom(this.random.bytes(16));
    const state: HostState = {
      name,
      id,
      hostname: name === DEFAULT_HOST ? 'dockersim' : name,
      startedAt: this.clock.now(),
      seq: 0,
      events: [],
      ...initialNetworkSlice(this.#kernel.newId, this.clock.now()),
      ...initialVolumeSlice(this.clock.now()),
      images: emptyImageStore(),
      ...emptyContainerSlice(),
    };
    this.store.commit((world) => {
      world.hosts[name] = castDraft(state);
    });
    return this.#attach(name);
  }

  /**
   * The registry at `hostname` (`docker.io`, `localhost:5000`, any host name), created on first
   * use with `options` (accounts, access rules, transfer model); `docker.io` always exists and
   * serves Docker Hub's catalogue of official images.
   */
  registry(hostname: string = DOCKER_HUB, options?: RegistryOptions): Registry {
    if (!DOMAIN_RE.test(hostname)) throw new RangeError(`invalid registry hostname: ${JSON.stringify(hostname)}`);
    if (!this.store.state.registries[hostname]) {
      const state = newRegistryState(hostname, options);
      this.store.commit((world) => {
        world.registries[hostname] = castDraft(state);
      });
    }
    return new Registry(hostname, this.store);
  }

  /** Every registry of the world. */
  registries(): Registry[] {
    return Object.keys(this.store.state.registries)
      .sort()
      .map((hostname) => new Registry(hostname, this.store));
  }

  /** A typed client of a host's daemon (default host when omitted). */
  client(host?: string): DockerClient {
    return this.host(host).client();
  }

  /** Listens to every commit; returns the unsubscribe function. */
  onCommit(listener: (commit: Commit<WorldState, HostEvent>) => void): () => void {
    return this.store.subscribe(listener);
  }

  /** Listens to every Docker event of every host; returns the unsubscribe function. */
  onEvent(listener: (event: HostEvent) => void): () => void {
    return this.store.onEvent(listener);
  }

  /** The world as plain JSON; `createWorld({ from })` restores it. */
  save(): SavedWorld {
    return {
      format: SAVE_FORMAT,
      seed: this.seed,
      clock: { now: this.clock.now(), mode: this.clock.mode, speed: this.clock.speed },
      random: this.random.state,
      state: encodeState(this.store.state),
    };
  }

  /** Stops the clock's real-time driver and cancels every timer. */
  dispose(): void {
    this.clock.dispose();
  }

  #attach(name: string): Host {
    const host = new Host(new Daemon(name, this.#kernel));
    this.#hosts.set(name, host);
    return host;
  }
}

/** Creates a simulated world. Same options and same calls give the same world. */
export function createWorld(options: WorldOptions = {}): World {
  return new World(options);
}

function uuidFrom(bytes: Uint8Array): string {
  const b = Uint8Array.from(bytes);
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
