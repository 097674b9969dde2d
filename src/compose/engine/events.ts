/**
 * @module
 * `docker compose events` (docker/compose `events.go`): the project's container events as they
 * happen, as text (`2025-01-01 00:00:05.000000 container start <id> (image=nginx, name=app-web-1)`)
 * or, with `--json`, one JSON object per event; until the command is interrupted.
 */
import type { DockerEvent } from '../../core/events.js';
import { LABELS } from '../labels.js';
import type { ComposeSession } from './session.js';

/** One event as Compose reports it. */
export interface ComposeEvent {
  readonly time: number;
  readonly type: string;
  readonly action: string;
  readonly id: string;
  readonly service: string;
  readonly attributes: Readonly<Record<string, string>>;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Compose's text form of an event (Go `2006-01-02 15:04:05.000000`, UTC). */
export function eventText(e: ComposeEvent): string {
  const d = new Date(e.time);
  const stamp = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}000`;
  const attrs = Object.keys(e.attributes)
    .sort()
    .map((k) => `${k}=${e.attributes[k]!}`)
    .join(', ');
  return `${stamp} ${e.type} ${e.action} ${e.id}${attrs ? ` (${attrs})` : ''}`;
}

/** Compose's JSON form of an event. */
export function eventJson(e: ComposeEvent): string {
  return JSON.stringify({ action: e.action, attributes: e.attributes, id: e.id, service: e.service, time: new Date(e.time).toISOString(), type: e.type });
}

function toComposeEvent(e: DockerEvent): ComposeEvent {
  const attrs = { ...e.Actor.Attributes };
  const service = attrs[LABELS.service] ?? '';
  // Compose keeps the image and name attributes, not the labels.
  const attributes: Record<string, string> = {};
  for (const k of ['image', 'name', 'exitCode', 'signal']) if (attrs[k] !== undefined) attributes[k] = attrs[k]!;
  return { time: Math.floor(e.timeNano / 1e6), type: e.Type, action: e.Action, id: e.Actor.ID, service, attributes };
}

/** Calls `each` for every event of the project until `session.signal` aborts. */
export async function events(session: ComposeSession, projectName: string, each: (e: ComposeEvent) => void, services?: readonly string[]): Promise<void> {
  const stream = session.client.systemEvents({ filters: { type: ['container'], label: [`${LABELS.project}=${projectName}`] }, ...(session.signal ? { signal: session.signal } : {}) });
  try {
    for await (const e of stream) {
      const ce = toComposeEvent(e);
      if (services && services.length > 0 && !services.includes(ce.service)) continue;
      each(ce);
    }
  } catch (e) {
    if (!session.signal?.aborted) throw e;
  }
}
