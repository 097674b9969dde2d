/**
 * @module
 * `GET /containers/{id}/top` (`docker top`): the container's processes as `ps -ef` prints them on the
 * host (moby runs the host's `ps` and keeps the container's pids): UID, PID, PPID, C, STIME, TTY,
 * TIME, CMD — or `ps aux`'s columns when `ps_args` is `aux`. Pids are host pids.
 */
import { DockerError } from '../core/errors.js';
import type { ProcessInfo } from '../programs/types.js';

/** Engine API `ContainerTopResponse`. */
export interface ContainerTopResponse {
  readonly Titles: readonly string[];
  readonly Processes: readonly (readonly string[])[];
}

/** A process row with host pids. */
export interface TopProcess extends ProcessInfo {
  readonly hostPid: number;
  readonly hostPpid: number;
}

const EF = ['UID', 'PID', 'PPID', 'C', 'STIME', 'TTY', 'TIME', 'CMD'];
const AUX = ['USER', 'PID', '%CPU', '%MEM', 'VSZ', 'RSS', 'TTY', 'STAT', 'START', 'TIME', 'COMMAND'];

function hhmm(ms: number): string {
  const d = new Date(ms);
  return `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
}

/** The `docker top` table of `processes` (`tty`: the container has a terminal). */
export function topOf(processes: readonly TopProcess[], psArgs: string, tty: boolean): ContainerTopResponse | DockerError {
  const args = psArgs.trim() === '' ? '-ef' : psArgs.trim();
  const terminal = tty ? 'pts/0' : '?';
  const user = (p: TopProcess) => p.user.name ?? String(p.user.uid);
  if (args === '-ef' || args === '-f' || args === '-e') {
    return { Titles: EF, Processes: processes.map((p) => [user(p), String(p.hostPid), String(p.hostPpid), '0', hhmm(p.startedAt), terminal, '00:00:00', p.argv.join(' ')]) };
  }
  if (args === 'aux' || args === '-aux') {
    return {
      Titles: AUX,
      Processes: processes.map((p) => [user(p), String(p.hostPid), '0.0', '0.0', '1624', '896', terminal, p.state === 'T' ? 'T' : 'Ss', hhmm(p.startedAt), '0:00', p.argv.join(' ')]),
    };
  }
  // moby runs `ps <args>` and fails when the output has no PID column.
  return new DockerError('Internal', `Error running ps: unsupported ps arguments ${JSON.stringify(args)}`);
}
