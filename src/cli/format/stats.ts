/**
 * @module
 * `docker stats` output (docker/cli `container/formatter_stats.go`, `stats_helpers.go`): the
 * numbers docker derives from a stats sample (CPU % from the deltas against the previous sample,
 * memory without inactive file cache, network and block I/O totals) and the table `CONTAINER ID
 * NAME CPU % MEM USAGE / LIMIT MEM % NET I/O BLOCK I/O PIDS`, with `--` for containers that gave
 * no data.
 */
import { shortId } from '../../core/ids.js';
import type { ContainerStatsResponse } from '../../container/stats.js';
import { formatFloatF } from '../../core/go-float.js';
import { rowContext, TABLE_FORMAT_KEY, writeRows, type HeaderMap } from './formatter.js';
import { bytesSize, humanSizeWithPrecision } from './units.js';

/** One row of `docker stats` (docker/cli `StatsEntry`). */
export interface StatsEntry {
  /** The container as the user named it. */
  readonly Container: string;
  /** The container's name, with its leading `/`. */
  readonly Name: string;
  readonly ID: string;
  readonly CPUPercentage: number;
  readonly Memory: number;
  readonly MemoryLimit: number;
  readonly MemoryPercentage: number;
  readonly NetworkRx: number;
  readonly NetworkTx: number;
  readonly BlockRead: number;
  readonly BlockWrite: number;
  readonly PidsCurrent: number;
  /** No data (yet): every column shows `--`. */
  readonly IsInvalid?: boolean;
}

/** The parts of a `GET /containers/{id}/stats` sample the CLI reads. */
/** A stats sample as `GET /containers/{id}/stats` sends it (Engine API `ContainerStatsResponse`). */
export type StatsSample = ContainerStatsResponse;

/** The entry docker computes from a Linux stats sample. */
export function statsEntry(container: string, s: StatsSample): StatsEntry {
  const cpuDelta = s.cpu_stats.cpu_usage.total_usage - s.precpu_stats.cpu_usage.total_usage;
  const systemDelta = (s.cpu_stats.system_cpu_usage ?? 0) - (s.precpu_stats.system_cpu_usage ?? 0);
  // cgroup v2 has no per-CPU usage; the daemon always reports online_cpus.
  const cpus = s.cpu_stats.online_cpus ?? 0;
  const cpu = systemDelta > 0 && cpuDelta > 0 ? (cpuDelta / systemDelta) * cpus * 100 : 0;
  const usage = s.memory_stats.usage ?? 0;
  const stats = s.memory_stats.stats ?? {};
  const v1 = stats['total_inactive_file'];
  const v2 = stats['inactive_file'] ?? 0;
  const memory = v1 !== undefined && v1 < usage ? usage - v1 : v2 < usage ? usage - v2 : usage;
  const limit = s.memory_stats.limit ?? 0;
  let read = 0;
  let write = 0;
  for (const e of s.blkio_stats?.io_service_bytes_recursive ?? []) {
    const op = e.op[0];
    if (op === 'r' || op === 'R') read += e.value;
    else if (op === 'w' || op === 'W') write += e.value;
  }
  const nets = Object.values(s.networks ?? {});
  return {
    Container: container,
    Name: s.name,
    ID: s.id,
    CPUPercentage: cpu,
    Memory: memory,
    MemoryLimit: limit,
    MemoryPercentage: limit !== 0 ? (memory / limit) * 100 : 0,
    NetworkRx: nets.reduce((n, x) => n + x.rx_bytes, 0),
    NetworkTx: nets.reduce((n, x) => n + x.tx_bytes, 0),
    BlockRead: read,
    BlockWrite: write,
    PidsCurrent: s.pids_stats?.current ?? 0,
  };
}

const HEADER: HeaderMap = {
  Container: 'CONTAINER',
  Name: 'NAME',
  ID: 'CONTAINER ID',
  CPUPerc: 'CPU %',
  MemUsage: 'MEM USAGE / LIMIT',
  MemPerc: 'MEM %',
  NetIO: 'NET I/O',
  BlockIO: 'BLOCK I/O',
  PIDs: 'PIDS',
};

const percent = (v: number) => `${formatFloatF(v, 2)}%`;

/** What `docker stats --no-stream` prints for `entries`. */
export function formatStats(entries: readonly StatsEntry[], options: { readonly format?: string; readonly trunc?: boolean } = {}): string {
  const trunc = options.trunc ?? true;
  const rows = entries.map((s) =>
    rowContext('*container.statsContext', {
      Container: () => s.Container,
      Name: () => (s.Name.length > 1 ? s.Name.slice(1) : '--'),
      ID: () => (trunc ? shortId(s.ID) : s.ID),
      CPUPerc: () => (s.IsInvalid ? '--' : percent(s.CPUPercentage)),
      MemUsage: () => (s.IsInvalid ? '-- / --' : `${bytesSize(s.Memory)} / ${bytesSize(s.MemoryLimit)}`),
      MemPerc: () => (s.IsInvalid ? '--' : percent(s.MemoryPercentage)),
      NetIO: () => (s.IsInvalid ? '--' : `${humanSizeWithPrecision(s.NetworkRx, 3)} / ${humanSizeWithPrecision(s.NetworkTx, 3)}`),
      BlockIO: () => (s.IsInvalid ? '--' : `${humanSizeWithPrecision(s.BlockRead, 3)} / ${humanSizeWithPrecision(s.BlockWrite, 3)}`),
      PIDs: () => (s.IsInvalid ? '--' : String(s.PidsCurrent)),
    }),
  );
  const source = options.format || TABLE_FORMAT_KEY;
  const format = source === TABLE_FORMAT_KEY ? 'table {{.ID}}\t{{.Name}}\t{{.CPUPerc}}\t{{.MemUsage}}\t{{.MemPerc}}\t{{.NetIO}}\t{{.BlockIO}}\t{{.PIDs}}' : source;
  return writeRows(format, HEADER, rows);
}
