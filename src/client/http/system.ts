/**
 * @module
 * The system operations of {@link DockerClient} over HTTP: `GET /_ping`, `/version`, `/info` and
 * the `/events` stream, sent the way the docker CLI sends them (unversioned ping; `since`/`until`
 * as Unix seconds; filters as `{"key":{"value":true}}`).
 */
import type { DockerEvent } from '../../core/events.js';
import { formatUnixTimestamp } from '../../core/time.js';
import type { SystemInfo } from '../../daemon/info.js';
import type { SystemVersion } from '../../daemon/version.js';
import type { SystemApi, SystemEventsOptions } from '../system-api.js';
import { encodeFilters } from './filters.js';
import type { HttpTransport } from './transport.js';

/** The system operations over `transport`. */
export function systemOperations(transport: HttpTransport): SystemApi {
  return {
    systemPing: () => transport.text('GET', '/_ping', { versioned: false }),
    systemVersion: () => transport.json<SystemVersion>('GET', '/version'),
    systemInfo: () => transport.json<SystemInfo>('GET', '/info'),
    systemEvents: (options: SystemEventsOptions = {}) =>
      transport.jsonStream(
        'GET',
        '/events',
        {
          query: {
            since: options.since === undefined ? undefined : formatUnixTimestamp(options.since),
            until: options.until === undefined ? undefined : formatUnixTimestamp(options.until),
            filters: encodeFilters(options.filters),
          },
          ...(options.signal ? { signal: options.signal } : {}),
        },
        eventFromWire,
        // Later requests wait until the daemon listens, so the stream sees what they cause.
        true,
      ),
  };
}

/**
 * An event as the model has it: the wire adds Docker's deprecated `status`/`id`/`from`
 * duplicates to container and image events, which the typed API leaves out.
 */
export function eventFromWire(value: unknown): DockerEvent {
  const { status: _status, id: _id, from: _from, ...event } = value as DockerEvent & { status?: string; id?: string; from?: string };
  return event;
}
