/**
 * @module
 * What a host's domain code may touch: its slice of the state (through one commit per operation),
 * the world's clock, randomness and ids. Passed to every service of the daemon.
 */
import { castDraft, type Draft } from 'immer';
import type { Clock } from '../core/clock.js';
import type { DockerEvent, EventSpec } from '../core/events.js';
import { stampEvent } from '../core/events.js';
import type { Random } from '../core/random.js';
import type { ProgramRegistry } from '../programs/registry.js';
import type { Store } from '../core/store.js';
import type { WorldState } from '../world/state.js';
import { EVENT_LOG_LIMIT, type HostState } from './state.js';

/** An event frozen through and through, as every record in the state is. */
function frozenEvent(event: DockerEvent): DockerEvent {
  Object.freeze(event.Actor.Attributes);
  Object.freeze(event.Actor);
  return Object.freeze(event);
}

/** A Docker event with the host it happened on. */
export interface HostEvent {
  readonly host: string;
  readonly event: DockerEvent;
}

/** The world's shared machinery, as hosts see it. */
export interface WorldKernel {
  readonly store: Store<WorldState, HostEvent>;
  readonly clock: Clock;
  readonly random: Random;
  /** A fresh 64-hex id (never all digits in its short form). */
  readonly newId: () => string;
  /** The programs executable files name (`world.programs`); absent: none. */
  readonly programs?: ProgramRegistry;
}

/** A host's view of the world: its state and the one door to change it. */
export class HostContext {
  /** The host's name. */
  readonly name: string;
  /** The world's kernel. */
  readonly kernel: WorldKernel;

  constructor(name: string, kernel: WorldKernel) {
    this.name = name;
    this.kernel = kernel;
  }

  /** The world's clock. */
  get clock(): Clock {
    return this.kernel.clock;
  }

  /** The world's random source. */
  get random(): Random {
    return this.kernel.random;
  }

  /** A fresh 64-hex id. */
  newId(): string {
    return this.kernel.newId();
  }

  /** Current virtual time (epoch ms). */
  now(): number {
    return this.kernel.clock.now();
  }

  /** This host's current state. */
  get state(): HostState {
    const host = this.kernel.store.state.hosts[this.name];
    if (!host) throw new Error(`host ${this.name} is gone`);
    return host;
  }

  /**
   * Changes this host's state as one commit and records `events` (stamped with the virtual time)
   * in the host's event log. A recipe that throws changes nothing.
   */
  commit(recipe: (host: Draft<HostState>) => void, events: readonly EventSpec[] = []): HostState {
    return this.commitWorld((_, host) => recipe(host), events);
  }

  /**
   * Like {@link HostContext.commit}, for the few operations that also change world-level state
   * in the same commit (a push changes the registry and the host's image store at once).
   */
  commitWorld(recipe: (world: Draft<WorldState>, host: Draft<HostState>) => void, events: readonly EventSpec[] = []): HostState {
    const now = this.now();
    const stamped = events.map((spec) => frozenEvent(stampEvent(spec, now)));
    const name = this.name;
    // The new log is built from the frozen log outside the draft: spreading the draft array would
    // make immer create (and finalize) a proxy for every one of up to 256 events on each commit.
    const log = stamped.length > 0 ? [...this.state.events, ...stamped] : undefined;
    const { state } = this.kernel.store.commit(
      (world) => {
        const host = world.hosts[name];
        if (!host) throw new Error(`host ${name} is gone`);
        recipe(world, host);
        // Frozen here, so immer's finalize does not walk the 256 (already frozen) events again.
        if (log) host.events = castDraft(Object.freeze(log.length > EVENT_LOG_LIMIT ? log.slice(log.length - EVENT_LOG_LIMIT) : log));
      },
      stamped.map((event) => ({ host: name, event })),
    );
    return state.hosts[name]!;
  }

  /** The next value of this host's ordering counter (use inside a commit recipe). */
  static nextSeq(host: Draft<HostState>): number {
    host.seq += 1;
    return host.seq;
  }
}
