/**
 * @module
 * `docker container top` / `docker top` (docker CLI 28.2): its grammar, and the handler printing
 * the container's processes (`ps` options passed through) in docker's tabwriter layout.
 */
import { minArgs } from '../../grammar/args.js';
import type { DockerCommand, Invocation } from '../../invocation.js';
import { tabwrite } from '../../format/tabwriter.js';

/** `docker top`: the daemon's process table through a tabwriter (min width 20, padding 3). */
async function runTop({ cli, args }: Invocation): Promise<void> {
  const ps = args.slice(1).join(' ');
  const top = await cli.client.containerTop(args[0]!, ps === '' ? undefined : ps);
  const text = [top.Titles, ...top.Processes].map((row) => `${row.join('\t')}\n`).join('');
  cli.out.write(tabwrite(text, { minWidth: 20, padding: 3 }));
}

/** `docker container top`: Display the running processes of a container */
export const topCommand: DockerCommand = {
  use: 'top CONTAINER [ps OPTIONS]',
  short: 'Display the running processes of a container',
  aliasesText: 'docker container top, docker top',
  args: minArgs(1),
  interspersed: false,
  run: runTop,
};
