/**
 * @module
 * Docker events in the Engine API's `EventMessage` shape (`Type`, `Action`, `Actor`, `scope`,
 * `time`, `timeNano`), as `docker events` and `GET /events` show them.
 */

/** The object types Docker reports events for. */
export type EventType =
  | 'builder'
  | 'config'
  | 'container'
  | 'daemon'
  | 'image'
  | 'network'
  | 'node'
  | 'plugin'
  | 'secret'
  | 'service'
  | 'volume';

/** The object an event is about. */
export interface EventActor {
  /** Id of the object (container id, image id or reference, network id, volume name…). */
  readonly ID: string;
  /** Object attributes: name, image, labels, exitCode, signal… */
  readonly Attributes: { readonly [key: string]: string };
}

/** One Docker event, exactly as the Engine API streams it. */
export interface DockerEvent {
  readonly Type: EventType;
  readonly Action: string;
  readonly Actor: EventActor;
  readonly scope: 'local' | 'swarm';
  /** Seconds since the epoch. */
  readonly time: number;
  /** Nanoseconds since the epoch. */
  readonly timeNano: number;
}

/** What an operation declares about an event; the store stamps time when it commits. */
export interface EventSpec {
  readonly Type: EventType;
  readonly Action: string;
  readonly id: string;
  readonly attributes?: { readonly [key: string]: string };
}

/** Builds the event for `spec` at virtual time `nowMs`. */
export function stampEvent(spec: EventSpec, nowMs: number): DockerEvent {
  return {
    Type: spec.Type,
    Action: spec.Action,
    Actor: { ID: spec.id, Attributes: { ...(spec.attributes ?? {}) } },
    scope: 'local',
    time: Math.floor(nowMs / 1000),
    timeNano: nowMs * 1e6,
  };
}
