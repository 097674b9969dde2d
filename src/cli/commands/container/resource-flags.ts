/**
 * @module
 * Resource flags shared by `docker run`, `docker create` and `docker update` (docker/cli `container/opts.go`, `update.go`).
 */
import { flag, type FlagSpec } from '../../grammar/flag.js';

/** Resource flags shared by `docker run`, `docker create` and `docker update` (docker/cli `container/opts.go`, `update.go`). */
export const resourceFlags: readonly FlagSpec[] = [
  flag.uint16('blkio-weight', '', 'Block IO (relative weight), between 10 and 1000, or 0 to disable (default 0)'),
  flag.int('cpu-period', '', 'Limit CPU CFS (Completely Fair Scheduler) period'),
  flag.int('cpu-quota', '', 'Limit CPU CFS (Completely Fair Scheduler) quota'),
  flag.int('cpu-shares', 'c', 'CPU shares (relative weight)'),
  flag.decimal('cpus', '', 'Number of CPUs'),
  flag.string('cpuset-cpus', '', 'CPUs in which to allow execution (0-3, 0,1)'),
  flag.string('cpuset-mems', '', 'MEMs in which to allow execution (0-3, 0,1)'),
  flag.bytes('memory', 'm', 'Memory limit'),
  flag.bytes('memory-reservation', '', 'Memory soft limit'),
  flag.int('pids-limit', '', 'Tune container pids limit (set -1 for unlimited)'),
];
