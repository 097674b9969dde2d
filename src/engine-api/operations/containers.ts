/**
 * @module
 * The container operations of the Engine API (moby `router/container/container_routes.go`):
 * list, create, inspect, top, logs, changes, export, stats, resize, start, stop, restart, kill,
 * update, rename, pause, unpause, wait, delete and prune. Each parses its query and body as the
 * daemon does, calls the model, and writes the daemon's answer (attach and the archive live in
 * their own files).
 */
import type { ContainerCreateRequest } from '../../container/create.js';
import type { ContainerFilters } from '../../container/filters.js';
import type { ContainerUpdateRequest } from '../../container/update.js';
import { formatTimestampFixed } from '../../core/time.js';
import * as messages from '../../core/messages/index.js';
import { STDERR, STDOUT } from '../../client/wire/stdcopy.js';
import { contentLength, readJson, readJsonObject } from '../body.js';
import type { ApiContext, OperationHandler } from '../context.js';
import { decodeCreateRequest } from '../create-body.js';
import type { OperationHandlers } from '../routes.js';
import { byteStream, empty, json, jsonLines } from '../respond.js';
import { laterJson, outputStream, type OutputChunk } from '../streams.js';
import { compareVersions } from '../versions.js';

const id = (ctx: ApiContext): string => ctx.params['id'] ?? '';
const encoder = new TextEncoder();

/** `GET /containers/json`: `all`, `limit`, `size`, `filters` (and the legacy `since`/`before`). */
const list: OperationHandler = async (ctx) => {
  const q = ctx.query;
  const filters: Record<string, readonly string[]> = { ...q.filters() };
  for (const key of ['since', 'before'] as const) if (q.get(key) !== '') filters[key] = [...(filters[key] ?? []), q.get(key)];
  const limit = q.atoi('limit');
  return json(await ctx.docker.containerList({ all: q.bool('all'), size: q.bool('size'), filters: filters as ContainerFilters, ...(limit !== undefined ? { limit } : {}) }));
};

/** `POST /containers/create?name=&platform=`: 201 `{Id, Warnings}`. */
const create: OperationHandler = async (ctx) => {
  const request: ContainerCreateRequest = decodeCreateRequest(await readJson(ctx.request, ctx.limits.json));
  const name = ctx.query.get('name');
  const platform = ctx.query.get('platform');
  const created = await ctx.docker.containerCreate(request, { ...(name ? { name } : {}), ...(platform ? { platform } : {}) });
  return json(created, 201);
};

/**
 * `GET /containers/{id}/logs`. Each logged line is one frame (or raw bytes with a TTY), prefixed
 * with its `RFC3339NanoFixed` time when `timestamps`; `tail` that is not a number means all.
 */
const logs: OperationHandler = async (ctx) => {
  const q = ctx.query;
  const stdout = q.bool('stdout');
  const stderr = q.bool('stderr');
  if (!stdout && !stderr) throw messages.logsNoStream();
  const inspect = await ctx.docker.containerInspect(id(ctx));
  const tailText = q.get('tail');
  const tail = /^[+-]?\d+$/.test(tailText) ? Number(tailText) : 'all';
  const since = q.timestamp('since', 'up');
  const until = q.timestamp('until', 'down');
  const timestamps = q.bool('timestamps');
  const entries = ctx.docker.containerLogs(inspect.Id, {
    stdout,
    stderr,
    follow: q.bool('follow'),
    tail,
    ...(since !== undefined && since !== 0 ? { since } : {}),
    ...(until !== undefined ? { until } : {}),
  });
  async function* chunks(): AsyncGenerator<OutputChunk> {
    for await (const entry of entries) {
      const line = timestamps ? `${formatTimestampFixed(entry.time)} ${entry.line}` : entry.line;
      yield { stream: entry.stream === 'stderr' ? STDERR : STDOUT, data: encoder.encode(line) };
    }
  }
  return outputStream(chunks(), { tty: inspect.Config.Tty, version: ctx.version });
};

/** `GET /containers/{id}/stats`: one sample per second (`stream`, default), or one (`stream=0`, `one-shot`). */
const stats: OperationHandler = async (ctx) => {
  const stream = ctx.query.bool('stream', true);
  const oneShot = compareVersions(ctx.version, '1.41') >= 0 && ctx.query.bool('one-shot');
  if (stream && oneShot) throw messages.statsStreamAndOneShot();
  const inspect = await ctx.docker.containerInspect(id(ctx));
  return jsonLines(ctx.docker.containerStats(inspect.Id, { stream }));
};

/** `POST /containers/{id}/start` (204; 304 when running): a HostConfig body is refused since 1.24. */
const start: OperationHandler = async (ctx) => {
  const length = contentLength(ctx.request);
  if (length > 7 || length === -1) throw messages.bodyOnStart();
  await ctx.docker.containerStart(id(ctx));
  return empty();
};

/** `t` and (API ≥ 1.42) `signal` of stop and restart. */
function stopOptions(ctx: ApiContext): { timeout?: number; signal?: string } {
  const timeout = ctx.query.atoi('t');
  const signal = compareVersions(ctx.version, '1.42') >= 0 ? ctx.query.get('signal') : '';
  return { ...(timeout !== undefined ? { timeout } : {}), ...(signal ? { signal } : {}) };
}

/**
 * `POST /containers/{id}/wait?condition=`: headers now, `{StatusCode, Error}` once the condition is
 * met. Below API 1.42 an unknown condition means `not-running`; below 1.30 there is no condition.
 */
const wait: OperationHandler = (ctx) => {
  let condition = compareVersions(ctx.version, '1.30') >= 0 ? ctx.query.get('condition') : '';
  if (!['', 'not-running', 'next-exit', 'removed'].includes(condition) && compareVersions(ctx.version, '1.42') < 0) condition = '';
  // The model registers the wait synchronously (and throws for a missing container or a bad condition).
  const waiting = ctx.daemon.containers.wait(id(ctx), condition || undefined);
  // Time moves for the waiting client (auto clock) until it has its answer or leaves, as `run -d` does.
  const gone = new Promise<void>((resolve) => ctx.signal.addEventListener('abort', () => resolve(), { once: true }));
  void ctx.daemon.ctx.clock.hold(Promise.race([waiting, gone]));
  return laterJson(waiting);
};

/** `DELETE /containers/{id}?v=&force=&link=`. */
const remove: OperationHandler = async (ctx) => {
  if (ctx.query.bool('link')) {
    await ctx.docker.containerInspect(id(ctx));
    throw messages.defaultLinkRemoval();
  }
  await ctx.docker.containerDelete(id(ctx), { force: ctx.query.bool('force'), volumes: ctx.query.bool('v') });
  return empty();
};

/** `POST /containers/{id}/update`: resources and restart policy; 200 `{Warnings}`. */
const update: OperationHandler = async (ctx) => {
  const body = await readJsonObject(ctx.request, ctx.limits.json, 'container.UpdateConfig');
  return json(await ctx.docker.containerUpdate(id(ctx), body as ContainerUpdateRequest));
};

/** The container operations (attach and archive are in their own files). */
export const containerHandlers: OperationHandlers = {
  ContainerList: list,
  ContainerCreate: create,
  ContainerInspect: async (ctx) => json(await ctx.docker.containerInspect(id(ctx), { size: ctx.query.bool('size') })),
  ContainerTop: async (ctx) => json(await ctx.docker.containerTop(id(ctx), ctx.query.get('ps_args') || undefined)),
  ContainerLogs: logs,
  ContainerChanges: async (ctx) => {
    const changes = await ctx.docker.containerChanges(id(ctx));
    // moby's change list is a nil slice when nothing changed.
    return json(changes.length === 0 ? null : changes);
  },
  ContainerExport: async (ctx) => {
    const tar = await ctx.docker.containerExport(id(ctx));
    return byteStream((async function* () { yield tar; })(), 'application/x-tar');
  },
  ContainerStats: stats,
  ContainerResize: async (ctx) => {
    const size = { h: ctx.query.dimension('h'), w: ctx.query.dimension('w') };
    await ctx.docker.containerResize(id(ctx), size);
    return empty(200);
  },
  ContainerStart: start,
  ContainerStop: async (ctx) => {
    await ctx.docker.containerStop(id(ctx), stopOptions(ctx));
    return empty();
  },
  ContainerRestart: async (ctx) => {
    await ctx.docker.containerRestart(id(ctx), stopOptions(ctx));
    return empty();
  },
  ContainerKill: async (ctx) => {
    await ctx.docker.containerKill(id(ctx), ctx.query.get('signal') || undefined);
    return empty();
  },
  ContainerUpdate: update,
  ContainerRename: async (ctx) => {
    await ctx.docker.containerRename(id(ctx), ctx.query.get('name'));
    return empty();
  },
  ContainerPause: async (ctx) => {
    await ctx.docker.containerPause(id(ctx));
    return empty();
  },
  ContainerUnpause: async (ctx) => {
    await ctx.docker.containerUnpause(id(ctx));
    return empty();
  },
  ContainerWait: wait,
  ContainerDelete: remove,
  ContainerPrune: async (ctx) => json(await ctx.docker.containerPrune(ctx.query.filters())),
};
