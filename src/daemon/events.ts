/**
 * @module
 * `GET /events`: the daemon's event log and live events, bounded by `since`/`until` (virtual time)
 * and narrowed by filters, as `docker events` shows them.
 */
import { AsyncQueue } from '../core/async-queue.js';
import type { DockerEvent } from '../core/events.js';
import type { HostContext, HostEvent } from './context.js';

/** Filters of `GET /events` (`type`, `event`, `container`, `image`, `label`, …), each a list of accepted values. */
export type EventFilters = { readonly [name: string]: readonly string[] };

/** Options of {@link streamEvents}. */
export interface EventStreamOptions {
  /** Start of the window, virtual epoch ms; past events from the log are replayed first. */
  readonly since?: number;
  /** End of the window, virtual epoch ms; the stream ends when time reaches it. */
  readonly until?: number;
  /** Filters, as the daemon applies them. */
  readonly filters?: EventFilters;
  /** Stops the stream. */
  readonly signal?: AbortSignal;
}

const ACTOR_KEYS: { readonly [filter: string]: readonly string[] } = {
  container: ['container'],
  image: ['image'],
  network: ['network'],
  volume: ['volume'],
  daemon: ['daemon'],
  plugin: ['plugin'],
  node: ['node'],
  service: ['service'],
  secret: ['secret'],
  config: ['config'],
};

/** True when `event` passes `filters` (moby `daemon/events/filter.go`). */
export function matchesEventFilters(event: DockerEvent, filters: EventFilters = {}): boolean {
  for (const [name, values] of Object.entries(filters)) {
    if (values.length === 0) continue;
    const attrs = event.Actor.Attributes;
    let ok: boolean;
    switch (name) {
      case 'type':
        ok = values.includes(event.Type);
        break;
      case 'event':
        // "exec_start" filters also match "exec_start: sh -c …" (moby matches the action's prefix before ':').
        ok = values.some((v) => event.Action === v || event.Action.split(':')[0] === v);
        break;
      case 'scope':
        ok = values.includes(event.scope);
        break;
      case 'label':
        ok = values.some((v) => {
          const eq = v.indexOf('=');
          return eq < 0 ? v in attrs : attrs[v.slice(0, eq)] === v.slice(eq + 1);
        });
        break;
      default: {
        const types = ACTOR_KEYS[name];
        if (!types) {
          ok = true;
          break;
        }
        ok =
          (types.includes(event.Type) && values.some((v) => event.Actor.ID === v || event.Actor.ID.startsWith(v) || attrs['name'] === v)) ||
          (name === 'image' && values.some((v) => attrs['image'] === v));
      }
    }
    if (!ok) return false;
  }
  return true;
}

/** Streams a host's events: the logged ones in the window, then live ones until `until` or abort. */
export function streamEvents(ctx: HostContext, options: EventStreamOptions = {}): AsyncQueue<DockerEvent> {
  const { since, until, filters, signal } = options;
  const inWindow = (e: DockerEvent) =>
    (since === undefined || e.timeNano >= since * 1e6) && (until === undefined || e.timeNano <= until * 1e6);
  let unsubscribe = () => {};
  let timer: { cancel(): void } | undefined;
  const onAbort = () => queue.end();
  const queue = new AsyncQueue<DockerEvent>(() => {
    unsubscribe();
    timer?.cancel();
    signal?.removeEventListener('abort', onAbort);
  });
  const now = ctx.now();
  if (since !== undefined) for (const e of ctx.state.events) if (inWindow(e) && matchesEventFilters(e, filters)) queue.push(e);
  if (until !== undefined && until <= now) {
    queue.end();
    return queue;
  }
  unsubscribe = ctx.kernel.store.onEvent(({ host, event }: HostEvent) => {
    if (host === ctx.name && inWindow(event) && matchesEventFilters(event, filters)) queue.push(event);
  });
  if (until !== undefined) timer = ctx.clock.setTimerAt(until, () => queue.end());
  if (signal) {
    if (signal.aborted) queue.end();
    else signal.addEventListener('abort', onAbort, { once: true });
  }
  return queue;
}
