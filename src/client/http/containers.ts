/**
 * @module
 * The container operations of {@link DockerClient} over HTTP, sent as the docker CLI sends them:
 * create with `name`/`platform` in the query and the config as the body, booleans as `1`/`0`,
 * `t` and `signal` for stop and restart, `wait` held ahead of later requests until the daemon has
 * registered it, logs asked with timestamps so that each line keeps its time. Attach, exec and the
 * archive are in their own files.
 */
import type { ContainerCreateRequest } from '../../container/create.js';
import type { ContainerInspect } from '../../container/inspect.js';
import type { ContainerListOptions } from '../../container/list.js';
import type { ContainerPruneResponse } from '../../container/prune.js';
import type { ContainerCommitOptions, ContainerCommitResponse } from '../../container/commit.js';
import type { LogEntry, LogReadOptions } from '../../container/runtime/logs.js';
import type { ContainerWaitResponse } from '../../container/runtime/waiters.js';
import type { ContainerCreateResponse, ContainerStopOptions } from '../../container/service.js';
import type { ContainerStatsResponse } from '../../container/stats.js';
import type { ContainerSummary } from '../../container/summary.js';
import type { ContainerTopResponse } from '../../container/top.js';
import type { ContainerUpdateResponse } from '../../container/update.js';
import { formatUnixTimestamp } from '../../core/time.js';
import { DockerError } from '../../core/errors.js';
import { containerAlreadyRunning, containerAlreadyStopped } from '../../core/messages/containers.js';
import type { FilesystemChange } from '../../fs/changes.js';
import type { ContainerApi } from '../container-api.js';
import { encodeFilters } from './filters.js';
import { readLogEntries } from './log-entries.js';
import { segment, type HttpTransport, type QueryValue } from './transport.js';

/** The container operations that are plain requests, over `transport`. */
export type ContainerRequests = Omit<ContainerApi, 'containerAttach' | 'containerExec' | 'execStart' | 'execInspect' | 'execResize' | 'containerArchiveInfo' | 'containerArchive' | 'putContainerArchive'>;

const path = (id: string, action = ''): string => `/containers/${segment(id)}${action}`;

/**
 * A `304` carries no body; on start and stop it means exactly what the daemon's NotModified says
 * (the Go client treats it as success; the typed API reports it, as in-process).
 */
function notModified(work: Promise<void>, error: () => DockerError): Promise<void> {
  return work.catch((reason: unknown) => {
    throw reason instanceof DockerError && reason.kind === 'NotModified' ? error() : reason;
  });
}

function stopQuery(options: ContainerStopOptions = {}): Record<string, QueryValue> {
  return { t: options.timeout, signal: options.signal };
}

/** The container operations over `transport`. */
export function containerOperations(transport: HttpTransport): ContainerRequests {
  return {
    containerCreate: (request: ContainerCreateRequest, options = {}) =>
      transport.json<ContainerCreateResponse>('POST', '/containers/create', { query: { name: options.name || undefined, platform: options.platform || undefined }, json: request }),
    containerInspect: (id, options = {}) => transport.json<ContainerInspect>('GET', path(id, '/json'), { query: { size: options.size || undefined } }),
    containerList: (options: ContainerListOptions = {}) =>
      transport.json<ContainerSummary[]>('GET', '/containers/json', {
        query: { all: options.all || undefined, limit: options.limit, size: options.size || undefined, filters: encodeFilters(options.filters) },
      }),
    containerStart: (id) => notModified(transport.empty('POST', path(id, '/start')), containerAlreadyRunning),
    containerStop: (id, options) => notModified(transport.empty('POST', path(id, '/stop'), { query: stopQuery(options) }), containerAlreadyStopped),
    containerKill: (id, signal) => transport.empty('POST', path(id, '/kill'), { query: { signal } }),
    containerPause: (id) => transport.empty('POST', path(id, '/pause')),
    containerUnpause: (id) => transport.empty('POST', path(id, '/unpause')),
    containerRestart: (id, options) => transport.empty('POST', path(id, '/restart'), { query: stopQuery(options) }),
    containerDelete: (id, options = {}) => transport.empty('DELETE', path(id), { query: { force: options.force || undefined, v: options.volumes || undefined } }),
    containerRename: (id, name) => transport.empty('POST', path(id, '/rename'), { query: { name } }),
    containerUpdate: (id, update) => transport.json<ContainerUpdateResponse>('POST', path(id, '/update'), { json: update }),
    async containerWait(id, condition) {
      const response = await transport.sendFirst('POST', path(id, '/wait'), { query: { condition } });
      return (await response.json()) as ContainerWaitResponse;
    },
    containerLogs: (id, options: LogReadOptions = {}): AsyncIterable<LogEntry> => {
      const query: Record<string, QueryValue> = {
        stdout: options.stdout ?? true,
        stderr: options.stderr ?? true,
        follow: options.follow || undefined,
        tail: options.tail === undefined ? 'all' : String(options.tail),
        since: options.since === undefined ? undefined : formatUnixTimestamp(options.since),
        until: options.until === undefined ? undefined : formatUnixTimestamp(options.until),
        // Always: each line's time comes back with it, as the typed API returns it.
        timestamps: true,
      };
      const response = transport.send('GET', path(id, '/logs'), { query });
      response.catch(() => undefined);
      // Below API 1.42 the answer does not say whether it is framed: ask the container, as the CLI does.
      const version = transport.apiVersion;
      const old = version !== null && Number(version.split('.')[1] ?? 0) < 42 && version.startsWith('1.');
      const tty = old ? transport.json<ContainerInspect>('GET', path(id, '/json')).then((i) => i.Config.Tty) : undefined;
      tty?.catch(() => undefined);
      return { [Symbol.asyncIterator]: () => readLogEntries(response, tty)[Symbol.asyncIterator]() };
    },
    containerTop: (id, psArgs) => transport.json<ContainerTopResponse>('GET', path(id, '/top'), { query: { ps_args: psArgs } }),
    containerStats: (id, options = {}) =>
      transport.jsonStream('GET', path(id, '/stats'), { query: { stream: options.stream ?? true } }, (value) => value as ContainerStatsResponse),
    containerResize: (id, size) => transport.empty('POST', path(id, '/resize'), { query: { h: size.h, w: size.w } }),
    containerChanges: async (id) => (await transport.json<FilesystemChange[] | null>('GET', path(id, '/changes'))) ?? [],
    containerExport: (id) => transport.bytes('GET', path(id, '/export')),
    imageCommit: (container, options: ContainerCommitOptions = {}) =>
      transport.json<ContainerCommitResponse>('POST', '/commit', {
        query: {
          container,
          repo: options.repo,
          tag: options.tag,
          comment: options.comment,
          author: options.author,
          pause: options.pause,
          changes: options.changes,
        },
      }),
    containerPrune: (filters) => transport.json<ContainerPruneResponse>('POST', '/containers/prune', { query: { filters: encodeFilters(filters) } }),
  };
}
