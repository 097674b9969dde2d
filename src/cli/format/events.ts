/**
 * @module
 * `docker events` output (docker/cli `system/events.go`): the default line
 * `2025-01-01T00:00:00.000000000Z container start <id> (image=alpine, name=web)` — fixed
 * nanosecond time, attributes sorted — or a `--format` template over Go's `events.Message`
 * (`{{.Type}} {{.Action}} {{.Actor.Attributes.name}}`, `{{json .}}`).
 */
import type { DockerEvent } from '../../core/events.js';
import { GO_TYPE, type GoStruct } from '../template/values.js';
import { JSON_STRUCT } from './go-json.js';
import { rfc3339NanoFixedMs } from './go-time.js';

/** `time.Unix(0, nanos).Format("2006-01-02T15:04:05.000000000Z07:00")` in UTC. */
export function rfc3339NanoFixed(nanos: number): string {
  // Epoch nanoseconds do not fit a double exactly; the simulation's times are whole milliseconds.
  return rfc3339NanoFixedMs(Math.round(nanos / 1e6));
}

/** The default line docker prints for an event (`prettyPrintEvent`). */
export function prettyEvent(event: DockerEvent): string {
  let line = '';
  if (event.timeNano !== 0) line += `${rfc3339NanoFixed(event.timeNano)} `;
  else if (event.time !== 0) line += `${rfc3339NanoFixed(event.time * 1e9)} `;
  line += `${event.Type} ${event.Action} ${event.Actor.ID}`;
  const keys = Object.keys(event.Actor.Attributes).sort();
  if (keys.length > 0) line += ` (${keys.map((k) => `${k}=${event.Actor.Attributes[k]}`).join(', ')})`;
  return `${line}\n`;
}

/** An event as templates see it: Go's `*events.Message` (`.Type`, `.Action`, `.Actor`, `.Scope`, `.Time`, `.TimeNano`). */
export function eventContext(event: DockerEvent): GoStruct {
  const legacy = event as DockerEvent & { readonly status?: string; readonly id?: string; readonly from?: string };
  const json = {
    [JSON_STRUCT]: true,
    ...(legacy.status ? { status: legacy.status } : {}),
    ...(legacy.id ? { id: legacy.id } : {}),
    ...(legacy.from ? { from: legacy.from } : {}),
    Type: event.Type,
    Action: event.Action,
    Actor: event.Actor,
    scope: event.scope,
    time: event.time,
    timeNano: event.timeNano,
  };
  return {
    [GO_TYPE]: '*events.Message',
    Status: legacy.status ?? '',
    ID: legacy.id ?? '',
    From: legacy.from ?? '',
    Type: event.Type,
    Action: event.Action,
    Actor: { ID: event.Actor.ID, Attributes: event.Actor.Attributes },
    Scope: event.scope,
    Time: event.time,
    TimeNano: event.timeNano,
    MarshalJSON: () => json,
  } as GoStruct;
}

/** An empty `events.Message`, which docker runs a `--format` over once to validate it. */
export const EMPTY_EVENT: DockerEvent = { Type: 'container', Action: '', Actor: { ID: '', Attributes: {} }, scope: 'local', time: 0, timeNano: 0 };
