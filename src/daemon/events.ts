/**
 * @module
 * `GET /events`: the daemon's event log and live events, bounded by `since`/`until` (virtual time)
 * and narrowed by filters, as `docker events` shows them (moby `daemon/events`).
 *
 * As in moby: logged events are replayed when either bound is given (all of them up to `until`
 * when only `until` is); live events follow unless `until` has passed, and the stream ends when
 * the clock reaches `until`.
 */
import { AsyncQueue } from '../core/async-queue.js';
import type { DockerEvent } from '../core/events.js';
import * as messages from '../core/messages/index.js';
import { formatUnixTimestamp } from '../core/time.js';
import type { HostContext, HostEvent } from './context.js';

/** Filters of `GET /events` (`type`, `event`, `container`, `image`, `label`, …), each a list of accepted values. */
export type EventFilters = { readonly [name: string]: readonly string[] };

/** Options of an event stream (`GET /events`, `systemEvents`). */
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

/** moby `Args.ExactMatch`: no values accepts anything. */
const exact = (values: readonly string[] | undefined, source: string) => !values || values.length === 0 || values.includes(source);
/** moby `Args.FuzzyMatch`: exact, or a value that is a prefix of `source`. */
const fuzzy = (values: readonly string[] | undefined, source: string) => exact(values, source) || values!.some((v) => source.startsWith(v));

/** moby `stripTag`: the familiar repository name of an image reference (`docker.io/library/alpine:3` → `alpine`). */
export function familiarRepository(reference: string): string {
  let name = reference.split('@')[0]!;
  const colon = name.lastIndexOf(':');
  if (colon > name.lastIndexOf('/')) name = name.slice(0, colon);
  if (name.startsWith('docker.io/')) name = name.slice('docker.io/'.length);
  else if (name.startsWith('index.docker.io/')) name = name.slice('index.docker.io/'.length);
  if (name.startsWith('library/') && name.indexOf('/', 'library/'.length) < 0) name = name.slice('library/'.length);
  return name;
}

/** Object types whose filter matches an event's actor id or `name` attribute by prefix, whatever the event's type. */
const NAMED = ['daemon', 'container', 'plugin', 'volume', 'network', 'node', 'service', 'secret', 'config'] as const;
/** Event filters that match an action by prefix (`exec_start` matches `exec_start: sh -c …`). */
const FUZZY_ACTIONS = ['health_status', 'exec_create', 'exec_start'];

/** True when `event` passes `filters` (moby `daemon/events/filter.go`, `Filter.Include`). */
export function matchesEventFilters(event: DockerEvent, filters: EventFilters = {}): boolean {
  const attrs = event.Actor.Attributes;
  const actions = filters['event'];
  const actionOk = actions?.some((v) => FUZZY_ACTIONS.includes(v)) ? fuzzy(actions, event.Action) : exact(actions, event.Action);
  if (!actionOk || !exact(filters['type'], event.Type) || !exact(filters['scope'], event.scope)) return false;
  for (const key of NAMED) {
    if (!fuzzy(filters[key], event.Actor.ID) && !fuzzy(filters[key], attrs['name'] ?? '')) return false;
  }
  const imageName = attrs[event.Type === 'image' ? 'name' : 'image'] ?? '';
  const images = filters['image'];
  const imageOk = [event.Actor.ID, imageName, familiarRepository(event.Actor.ID), familiarRepository(imageName)].some((s) => exact(images, s));
  if (!imageOk) return false;
  const labels = filters['label'];
  if (labels && labels.length > 0) {
    if (Object.keys(attrs).length === 0) return false;
    for (const label of labels) {
      const eq = label.indexOf('=');
      const key = eq < 0 ? label : label.slice(0, eq);
      if (!(key in attrs) || (eq >= 0 && attrs[key] !== label.slice(eq + 1))) return false;
    }
  }
  return true;
}

/** Streams a host's events: the logged ones in the window, then live ones until `until` or abort. */
export function streamEvents(ctx: HostContext, options: EventStreamOptions = {}): AsyncQueue<DockerEvent> {
  const { since, until, filters, signal } = options;
  let unsubscribe = () => {};
  let timer: { cancel(): void } | undefined;
  const onAbort = () => queue.end();
  const queue = new AsyncQueue<DockerEvent>(() => {
    unsubscribe();
    timer?.cancel();
    signal?.removeEventListener('abort', onAbort);
  });
  if (since !== undefined && until !== undefined && until < since) {
    queue.fail(messages.eventsSinceAfterUntil(formatUnixTimestamp(since), formatUnixTimestamp(until)));
    return queue;
  }
  if (since !== undefined || until !== undefined) {
    for (const e of ctx.state.events) {
      const inWindow = (since === undefined || e.timeNano >= since * 1e6) && (until === undefined || e.timeNano <= until * 1e6);
      if (inWindow && matchesEventFilters(e, filters)) queue.push(e);
    }
  }
  if (until !== undefined && until <= ctx.now()) {
    queue.end();
    return queue;
  }
  unsubscribe = ctx.kernel.store.onEvent(({ host, event }: HostEvent) => {
    if (host === ctx.name && matchesEventFilters(event, filters)) queue.push(event);
  });
  if (until !== undefined) timer = ctx.clock.setTimerAt(until, () => queue.end());
  if (signal) {
    if (signal.aborted) queue.end();
    else signal.addEventListener('abort', onAbort, { once: true });
  }
  return queue;
}
