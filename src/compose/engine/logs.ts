/**
 * @module
 * `docker compose logs` (docker/compose `pkg/compose/logs.go`): the logs of the project's
 * containers (one-offs included), optionally of some services, with `--tail`, `--since`,
 * `--until`, `-t` and `-f` (following until every container stops or the command is
 * interrupted), prefixed as {@link LogPrinter} does.
 */
import { formatLogEntry } from '../../container/runtime/logs.js';
import type { ContainerSummary } from '../../container/summary.js';
import { byName, nameWithoutProject, projectContainers } from './containers.js';
import { LogPrinter } from './log-printer.js';
import type { ComposeSession } from './session.js';

/** Options of `compose logs`. */
export interface LogsOptions {
  readonly services?: readonly string[];
  /** `-f`. */
  readonly follow?: boolean;
  /** `-n`/`--tail`: lines from the end of each log. */
  readonly tail?: number | 'all';
  /** `-t`. */
  readonly timestamps?: boolean;
  /** Epoch ms bounds (`--since`, `--until`). */
  readonly since?: number;
  readonly until?: number;
  /** `--no-log-prefix`. */
  readonly noLogPrefix?: boolean;
  /** `--no-color`. */
  readonly noColor?: boolean;
  /** `--index`: only this replica. */
  readonly index?: number;
}

/** Streams one container's log lines into the printer until its log ends or the signal aborts. */
export async function printContainerLogs(session: ComposeSession, printer: LogPrinter, c: ContainerSummary, options: LogsOptions): Promise<void> {
  const name = nameWithoutProject(c);
  const stream = session.client.containerLogs(c.Id, {
    stdout: true,
    stderr: true,
    follow: options.follow ?? false,
    timestamps: options.timestamps ?? false,
    ...(options.tail !== undefined ? { tail: options.tail } : {}),
    ...(options.since !== undefined ? { since: options.since } : {}),
    ...(options.until !== undefined ? { until: options.until } : {}),
  });
  const it = stream[Symbol.asyncIterator]();
  const aborted = new Promise<IteratorResult<never>>((resolve) => session.signal?.addEventListener('abort', () => resolve({ done: true, value: undefined as never }), { once: true }));
  for (;;) {
    if (session.signal?.aborted) break;
    const next = await Promise.race([it.next(), aborted]);
    if (next.done) break;
    const entry = next.value;
    printer.line(name, formatLogEntry(entry, options.timestamps ?? false).replace(/\n$/, ''));
  }
  await it.return?.();
}

/** Prints the logs of the project's containers. */
export async function logs(session: ComposeSession, projectName: string, options: LogsOptions = {}): Promise<void> {
  let containers = byName(await projectContainers(session, projectName, { oneOff: 'include', ...(options.services ? { services: options.services } : {}) }));
  if (options.index !== undefined) containers = containers.filter((c) => c.Labels['com.docker.compose.container-number'] === String(options.index));
  const printer = new LogPrinter(session.out, { color: !options.noColor && session.out.isTTY, prefix: !options.noLogPrefix });
  for (const c of containers) printer.register(nameWithoutProject(c));
  await Promise.all(containers.map((c) => printContainerLogs(session, printer, c, options)));
}
