/**
 * @module
 * `docker container stats` / `docker stats` (docker CLI 28.2): its grammar, and the handler —
 * `--no-stream` prints one table of samples (CPU %, memory, net and block I/O, PIDs) for the
 * named or running (`-a`: all) containers; streaming repaints the table as samples arrive (one
 * per container per virtual second), with docker 28.2's cursor codes, until Ctrl-C or until the
 * named containers' streams end.
 */
import { minArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import { FORMAT_HELP } from '../format-help.js';
import type { DockerCommand, Invocation } from '../../invocation.js';
import type { ContainerStatsResponse } from '../../../container/stats.js';
import { untilAborted } from '../../abort.js';
import { formatStats, statsEntry, type StatsEntry } from '../../format/stats.js';
import { joinErrors } from '../each.js';

/** One row: the container as named (or its short id), and its latest sample. */
interface Row {
  readonly container: string;
  entry: StatsEntry;
}

const blank = (container: string): StatsEntry => ({ Container: container, Name: '', ID: '', CPUPercentage: 0, Memory: 0, MemoryLimit: 0, MemoryPercentage: 0, NetworkRx: 0, NetworkTx: 0, BlockRead: 0, BlockWrite: 0, PidsCurrent: 0 });

/** A frame as docker 28.2 paints it while streaming: home, the table, the table again with line erases, erase below. */
function frame(table: string): string {
  const text = `\x1b[H${table}`;
  return text + text.split('\n').map((line) => `${line} \x1b[K\n`).join('') + '\x1b[J';
}

/** `docker stats`: one table of samples (`--no-stream`), or frames as samples arrive until Ctrl-C. */
async function runStats({ cli, args, flags }: Invocation): Promise<void> {
  const noStream = flags.bool('no-stream');
  const format = flags.string('format');
  const trunc = !flags.bool('no-trunc');
  const named = args.length > 0;
  const names = named ? [...new Set(args)] : (await cli.client.containerList({ all: flags.bool('all') })).map((c) => c.Id.slice(0, 12));
  const rows: Row[] = names.map((container) => ({ container, entry: blank(container) }));
  const render = () => formatStats(rows.map((r) => r.entry), { format, trunc });
  if (noStream) {
    const errors: unknown[] = [];
    await Promise.all(
      rows.map(async (row) => {
        try {
          for await (const sample of cli.client.containerStats(row.container, { stream: false })) row.entry = statsEntry(row.container, sample as ContainerStatsResponse);
        } catch (error) {
          errors.push(error);
        }
      }),
    );
    const joined = named ? joinErrors(errors) : undefined;
    if (joined) throw joined;
    cli.out.write(render());
    return;
  }
  let painted = Promise.resolve();
  const paint = () => (painted = painted.then(() => cli.out.write(frame(render()))));
  paint();
  await Promise.all(
    rows.map(async (row) => {
      try {
        for await (const sample of untilAborted(cli.client.containerStats(row.container, { stream: true }), cli.signal)) {
          row.entry = statsEntry(row.container, sample as ContainerStatsResponse);
          paint();
        }
      } catch (error) {
        row.entry = { ...blank(row.container), IsInvalid: true };
        if (named) cli.err.write(`${(error as Error).message}\n`);
      }
    }),
  );
  await painted;
}

/** `docker container stats`: Display a live stream of container(s) resource usage statistics */
export const statsCommand: DockerCommand = {
  use: 'stats [OPTIONS] [CONTAINER...]',
  short: 'Display a live stream of container(s) resource usage statistics',
  aliasesText: 'docker container stats, docker stats',
  args: minArgs(0),
  flags: [
    flag.bool('all', 'a', 'Show all containers (default shows just running)'),
    flag.string('format', '', FORMAT_HELP),
    flag.bool('no-stream', '', 'Disable streaming stats and only pull the first result'),
    flag.bool('no-trunc', '', 'Do not truncate output'),
  ],
  run: runStats,
};
