/**
 * @module
 * `docker context ls` (docker CLI 28.2): its grammar, and the handler listing the CLI's contexts.
 */
import { noArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import { FORMAT_HELP } from '../format-help.js';
import { formatContexts } from '../../format/context-list.js';
import type { DockerCommand, Invocation } from '../../invocation.js';

/** `docker context ls`: every context, the current one marked. */
async function runLs({ cli, flags }: Invocation): Promise<void> {
  const rows = cli.contexts.map((c) => ({ Name: c.name, Description: c.description, DockerEndpoint: c.endpoint, Current: c.name === cli.contextName, Error: '' }));
  cli.out.write(formatContexts(rows, { format: flags.string('format'), quiet: flags.bool('quiet') }));
}

/** `docker context ls`: List contexts */
export const lsCommand: DockerCommand = {
  use: 'ls [OPTIONS]',
  short: 'List contexts',
  aliases: ['list'],
  args: noArgs,
  flags: [
    flag.string('format', '', FORMAT_HELP),
    flag.bool('quiet', 'q', 'Only show context names'),
  ],
  run: runLs,
};
