/**
 * @module
 * `docker image history` / `docker history` (docker CLI 28.2): its grammar, and the handler printing
 * an image's layers (IMAGE CREATED CREATED BY SIZE COMMENT) with `-H`, `-q`, `--no-trunc`, `--format`.
 */
import { exactArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import { FORMAT_HELP } from '../format-help.js';
import type { DockerCommand, Invocation } from '../../invocation.js';
import { formatHistory } from '../../format/history.js';

/** `docker history`: newest layer first, with docker's truncation and human sizes and dates. */
async function runHistory({ cli, args, flags }: Invocation): Promise<void> {
  const history = await cli.client.imageHistory(args[0]!);
  cli.out.write(formatHistory(history, { format: flags.string('format'), quiet: flags.bool('quiet'), human: flags.bool('human'), trunc: !flags.bool('no-trunc'), now: await cli.now() }));
}

/** `docker image history`: Show the history of an image */
export const historyCommand: DockerCommand = {
  use: 'history [OPTIONS] IMAGE',
  short: 'Show the history of an image',
  aliasesText: 'docker image history, docker history',
  args: exactArgs(1),
  flags: [
    flag.string('format', '', FORMAT_HELP),
    flag.bool('human', 'H', 'Print sizes and dates in human readable format', { def: 'true' }),
    flag.bool('no-trunc', '', 'Don\'t truncate output'),
    flag.string('platform', '', 'Show history for the given platform. Formatted as "os[/arch[/variant]]" (e.g., "linux/amd64")'),
    flag.bool('quiet', 'q', 'Only show image IDs'),
  ],
  run: runHistory,
};
