/**
 * @module
 * The system operations: `/_ping` (GET and HEAD, with the headers clients negotiate from),
 * `/version`, `/info` and the `/events` stream (moby `router/system`).
 */
import type { DockerEvent } from '../../core/events.js';
import * as messages from '../../core/messages/index.js';
import type { ApiContext, OperationHandler } from '../context.js';
import type { OperationHandlers } from '../routes.js';
import { empty, json, jsonLines, text } from '../respond.js';
import { parseGoInt, parseTimestampNanos } from '../timestamps.js';
import { compareVersions } from '../versions.js';

/**
 * `GET|HEAD /_ping`. `Builder-Version: 1` says the legacy builder is what this daemon runs
 * (Docker 28 says 2, BuildKit); `Swarm: inactive` as on any daemon outside a swarm.
 */
const ping: OperationHandler = async (ctx) => {
  const body = await ctx.docker.systemPing();
  const response = ctx.request.method === 'HEAD' ? empty(200, { 'Content-Type': 'text/plain; charset=utf-8' }) : text(body);
  response.headers.set('Cache-Control', 'no-cache, no-store, must-revalidate');
  response.headers.set('Pragma', 'no-cache');
  response.headers.set('Builder-Version', '1');
  response.headers.set('Swarm', 'inactive');
  return response;
};

/** Go's `eventTime`: a bound whose seconds are -1 means "not given". */
function eventBound(ctx: ApiContext, key: 'since' | 'until'): string | undefined {
  const value = ctx.query.get(key);
  const seconds = /^([+-]?\d+)(?:\.|$)/.exec(value)?.[1];
  return value === '' || (seconds !== undefined && parseGoInt(seconds) === -1n) ? undefined : value;
}

/**
 * The wire form of an event: Docker still fills the deprecated `status`, `id` and `from` of
 * container and image events, ahead of the other fields.
 */
export function eventToWire(event: DockerEvent): unknown {
  if (event.Type !== 'container' && event.Type !== 'image') return event;
  const from = event.Type === 'container' ? event.Actor.Attributes['image'] : undefined;
  return { status: event.Action, id: event.Actor.ID, ...(from ? { from } : {}), ...event };
}

/** Skips what a client of an older API version would not have seen: image `create` events came with 1.46. */
async function* forVersion(events: AsyncIterable<DockerEvent>, version: string): AsyncGenerator<DockerEvent> {
  const old = compareVersions(version, '1.46') < 0;
  for await (const event of events) if (!(old && event.Type === 'image' && event.Action === 'create')) yield event;
}

/** `GET /events`: past events in the window, then live ones until `until` or the client leaves. */
const events: OperationHandler = (ctx) => {
  const since = eventBound(ctx, 'since');
  const until = eventBound(ctx, 'until');
  const sinceMs = since === undefined ? undefined : ctx.query.timestamp('since', 'up');
  const untilMs = until === undefined ? undefined : ctx.query.timestamp('until', 'down');
  if (since !== undefined && until !== undefined && parseTimestampNanos(until) < parseTimestampNanos(since)) {
    throw messages.eventsSinceAfterUntil(since, until);
  }
  const filters = ctx.query.filters();
  const stream = ctx.docker.systemEvents({ since: sinceMs, until: untilMs, filters, signal: ctx.signal });
  // Go's default encoder escapes <, > and & here (unlike WriteJSON).
  return jsonLines(forVersion(stream, ctx.version), eventToWire, '\n', true);
};

/** The system operations. */
export const systemHandlers: OperationHandlers = {
  SystemPing: ping,
  SystemPingHead: ping,
  SystemVersion: async (ctx) => json(await ctx.docker.systemVersion()),
  SystemInfo: async (ctx) => json(await ctx.docker.systemInfo()),
  SystemEvents: events,
  // CORS preflight: any path answers 200 with nothing (moby's optionsHandler).
  Options: () => empty(200),
};
