/**
 * @module
 * `docker top` and `docker stats` over a running container's process table: host pids and the
 * simulated cgroup figures (see `stats.ts`); the stats stream yields one sample per virtual second
 * until the container stops.
 */
import { AsyncQueue } from '../../core/async-queue.js';
import { DockerError } from '../../core/errors.js';
import { transition } from '../lifecycle.js';
import type { ContainerRecord } from '../record.js';
import { statsSample, type ContainerStatsResponse, type StatsInput } from '../stats.js';
import { topOf, type ContainerTopResponse } from '../top.js';
import { HOST_KERNEL, type ContainerRuntime } from './runtime.js';

/** `GET /containers/{id}/top`. */
export function containerTop(runtime: ContainerRuntime, record: ContainerRecord, psArgs = ''): ContainerTopResponse {
  const guard = transition(record, { type: 'top' }, runtime.ctx.now());
  if (guard instanceof DockerError) throw guard;
  const instance = runtime.instance(record.Id);
  const rows = (instance?.table.list() ?? []).map((p) => ({ ...p, hostPid: instance!.hostPid(p.pid), hostPpid: p.ppid === 0 ? instance!.hostPid(0) : instance!.hostPid(p.ppid) }));
  const out = topOf(rows, psArgs, record.Config.Tty);
  if (out instanceof DockerError) throw out;
  return out;
}

function statsInput(runtime: ContainerRuntime, record: ContainerRecord): StatsInput {
  const instance = runtime.instance(record.Id);
  const base = { id: record.Id, name: record.Name, cpus: HOST_KERNEL.cpus, bootedAt: runtime.ctx.state.startedAt };
  if (!instance || instance.ended || record.State.Status === 'restarting') return base;
  return {
    ...base,
    running: {
      startedAt: instance.startedAt,
      memoryDeclared: instance.memoryUsage(),
      memoryLimit: record.HostConfig.Memory > 0 ? record.HostConfig.Memory : HOST_KERNEL.memoryBytes,
      pids: instance.table.list().length,
      pidsLimit: record.HostConfig.PidsLimit ?? 0,
    },
  };
}

/** `GET /containers/{id}/stats?stream=0`: one sample now. */
export function containerStatsOnce(runtime: ContainerRuntime, record: ContainerRecord): ContainerStatsResponse {
  return statsSample(statsInput(runtime, record), runtime.ctx.now());
}

/** `GET /containers/{id}/stats`: a sample now and one per virtual second while it runs. */
export function containerStatsStream(runtime: ContainerRuntime, id: string): AsyncQueue<ContainerStatsResponse> {
  let timer: { cancel(): void } | undefined;
  const queue = new AsyncQueue<ContainerStatsResponse>(() => timer?.cancel());
  const tick = (): void => {
    const record = runtime.record(id);
    if (!record) return queue.end();
    queue.push(statsSample(statsInput(runtime, record), runtime.ctx.now()));
    if (!runtime.isAlive(id)) return queue.end();
    timer = runtime.ctx.clock.setTimer(1000, tick);
  };
  tick();
  return queue;
}
