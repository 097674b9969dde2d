/**
 * @module
 * `docker container logs` / `docker logs` (docker CLI 28.2): its grammar, and the handler — the
 * container's log on stdout and stderr as written (one stream on a TTY), with `-f`, `-n/--tail`,
 * `-t`, `--since` / `--until` (durations against the client's clock, RFC 3339 or Unix times).
 * `--details` is accepted; the simulated json-file log has no extra attributes to show.
 */
import { exactArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand, Invocation } from '../../invocation.js';
import { rfc3339NanoFixedMs } from '../../format/go-time.js';
import { untilAborted } from '../../abort.js';
import { parseDockerTimestamp } from '../../timestamp.js';

/** The daemon's `tail`: a count, or every line for anything that is not a number. */
function tailOf(text: string): number | 'all' {
  return /^-?\d+$/.test(text) && Number(text) >= 0 ? Number(text) : 'all';
}

/** A `--since` / `--until` value as the Go client reads it before the request. */
function timeBound(name: string, value: string, now: number): number | undefined {
  if (value === '') return undefined;
  try {
    return parseDockerTimestamp(value, now);
  } catch (error) {
    throw new Error(`invalid value for "${name}": ${(error as Error).message}`);
  }
}

/** `docker logs`: the container's log lines, on stdout and stderr as they were written. */
async function runLogs({ cli, args, flags }: Invocation): Promise<void> {
  const c = await cli.client.containerInspect(args[0]!);
  const since = flags.string('since');
  const until = flags.string('until');
  const now = since !== '' || until !== '' ? await cli.now() : 0;
  const sinceMs = timeBound('since', since, now);
  const untilMs = timeBound('until', until, now);
  const lines = cli.client.containerLogs(c.Id, {
    stdout: true,
    stderr: true,
    ...(sinceMs !== undefined ? { since: sinceMs } : {}),
    ...(untilMs !== undefined ? { until: untilMs } : {}),
    follow: flags.bool('follow'),
    tail: tailOf(flags.string('tail')),
  });
  const timestamps = flags.bool('timestamps');
  for await (const entry of untilAborted(lines, cli.signal)) {
    // The daemon prefixes each line with its time as RFC3339NanoFixed; the typed API hands the time over.
    const line = timestamps ? `${rfc3339NanoFixedMs(entry.time)} ${entry.line}` : entry.line;
    (c.Config.Tty || entry.stream === 'stdout' ? cli.out : cli.err).write(line);
  }
}

/** `docker container logs`: Fetch the logs of a container */
export const logsCommand: DockerCommand = {
  use: 'logs [OPTIONS] CONTAINER',
  short: 'Fetch the logs of a container',
  aliasesText: 'docker container logs, docker logs',
  args: exactArgs(1),
  flags: [
    flag.bool('details', '', 'Show extra details provided to logs'),
    flag.bool('follow', 'f', 'Follow log output'),
    flag.string('since', '', 'Show logs since timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)'),
    flag.string('tail', 'n', 'Number of lines to show from the end of the logs', { def: 'all' }),
    flag.bool('timestamps', 't', 'Show timestamps'),
    flag.string('until', '', 'Show logs before a timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)'),
  ],
  run: runLogs,
};
