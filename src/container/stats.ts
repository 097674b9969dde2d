/**
 * @module
 * `GET /containers/{id}/stats` (`docker stats`): the cgroup figures in the Engine API's
 * `ContainerStatsResponse` shape, simulated deterministically: each container has a steady CPU load
 * and a base resident size drawn from its (seeded) id, CPU time grows with virtual running time,
 * memory is that base plus what its processes declare (`setMemoryUsage`), pids are its process
 * table. `precpu_stats` is the sample one second earlier, so the CLI's CPU % is meaningful in a
 * one-shot read. A stopped container reports zeros, as Docker does.
 */
import { formatTimestamp, ZERO_TIME } from '../core/time.js';

/** Engine API `ContainerCPUStats`. */
export interface ContainerCPUStats {
  readonly cpu_usage: { readonly total_usage: number; readonly usage_in_kernelmode: number; readonly usage_in_usermode: number };
  readonly system_cpu_usage?: number;
  readonly online_cpus?: number;
  readonly throttling_data: { readonly periods: number; readonly throttled_periods: number; readonly throttled_time: number };
}

/** Engine API `ContainerStatsResponse` (cgroup v2 fields). */
export interface ContainerStatsResponse {
  readonly name: string;
  readonly id: string;
  readonly read: string;
  readonly preread: string;
  readonly pids_stats: { readonly current?: number; readonly limit?: number };
  readonly blkio_stats: { readonly io_service_bytes_recursive: readonly { readonly major: number; readonly minor: number; readonly op: string; readonly value: number }[] | null };
  readonly num_procs: number;
  readonly storage_stats: Record<string, never>;
  readonly cpu_stats: ContainerCPUStats;
  readonly precpu_stats: ContainerCPUStats;
  readonly memory_stats: { readonly usage?: number; readonly limit?: number; readonly stats?: { readonly [key: string]: number } };
  readonly networks?: { readonly [iface: string]: { readonly rx_bytes: number; readonly rx_packets: number; readonly rx_errors: number; readonly rx_dropped: number; readonly tx_bytes: number; readonly tx_packets: number; readonly tx_errors: number; readonly tx_dropped: number } };
}

/** What a sample is computed from. */
export interface StatsInput {
  readonly id: string;
  /** With its leading `/`. */
  readonly name: string;
  /** Undefined when the container is not running. */
  readonly running?: {
    readonly startedAt: number;
    readonly memoryDeclared: number;
    readonly memoryLimit: number;
    readonly pids: number;
    readonly pidsLimit: number;
  };
  readonly cpus: number;
  /** Virtual epoch ms of the daemon's boot (system CPU time counts from there). */
  readonly bootedAt: number;
}

/** A container's steady figures, derived from its id: CPU load in [0.1 %, 2 %) of a core and 1–8 MiB resident. */
export function steadyFigures(id: string): { readonly load: number; readonly baseRss: number } {
  const a = parseInt(id.slice(0, 8), 16) || 0;
  const b = parseInt(id.slice(8, 16), 16) || 0;
  return { load: 0.001 + (a / 0xffffffff) * 0.019, baseRss: (1 + Math.floor((b / 0xffffffff) * 7)) * 1024 * 1024 + (b % 4096) * 16 };
}

const EMPTY_CPU: ContainerCPUStats = { cpu_usage: { total_usage: 0, usage_in_kernelmode: 0, usage_in_usermode: 0 }, throttling_data: { periods: 0, throttled_periods: 0, throttled_time: 0 } };

function cpuAt(input: StatsInput, load: number, at: number): ContainerCPUStats {
  const running = input.running!;
  const total = Math.round(Math.max(0, at - running.startedAt) * 1e6 * load);
  const kernel = Math.round(total * 0.3);
  return {
    cpu_usage: { total_usage: total, usage_in_kernelmode: kernel, usage_in_usermode: total - kernel },
    system_cpu_usage: Math.round(Math.max(0, at - input.bootedAt) * 1e6 * input.cpus),
    online_cpus: input.cpus,
    throttling_data: { periods: 0, throttled_periods: 0, throttled_time: 0 },
  };
}

/** One sample at virtual time `now`. */
export function statsSample(input: StatsInput, now: number): ContainerStatsResponse {
  const base = { name: input.name, id: input.id, storage_stats: {} as Record<string, never> };
  const running = input.running;
  if (!running) {
    return { ...base, read: ZERO_TIME, preread: ZERO_TIME, pids_stats: {}, blkio_stats: { io_service_bytes_recursive: null }, num_procs: 0, cpu_stats: EMPTY_CPU, precpu_stats: EMPTY_CPU, memory_stats: {} };
  }
  const { load, baseRss } = steadyFigures(input.id);
  const usage = baseRss + running.memoryDeclared;
  const inactiveFile = Math.floor(baseRss / 8);
  return {
    ...base,
    read: formatTimestamp(now),
    preread: formatTimestamp(now - 1000),
    pids_stats: { current: running.pids, ...(running.pidsLimit > 0 ? { limit: running.pidsLimit } : {}) },
    blkio_stats: { io_service_bytes_recursive: [{ major: 254, minor: 0, op: 'read', value: 0 }, { major: 254, minor: 0, op: 'write', value: 0 }] },
    num_procs: 0,
    cpu_stats: cpuAt(input, load, now),
    precpu_stats: cpuAt(input, load, now - 1000),
    memory_stats: { usage, limit: running.memoryLimit, stats: { anon: usage - inactiveFile, file: inactiveFile, inactive_file: inactiveFile, active_file: 0 } },
    networks: { eth0: { rx_bytes: 0, rx_packets: 0, rx_errors: 0, rx_dropped: 0, tx_bytes: 0, tx_packets: 0, tx_errors: 0, tx_dropped: 0 } },
  };
}
