/**
 * @module
 * `docker container start` / `docker start` (docker CLI 28.2): its grammar, and the handler —
 * several containers one after the other (each printed; failures reported, then `Error: failed to
 * start containers: …`), or one attached with `-a` / `-i`: attach, wait, start, stream, exit code.
 */
import { minArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand, Invocation } from '../../invocation.js';
import { errorText, StatusError } from '../../errors.js';
import type { DockerCli } from '../../invocation.js';
import { notModifiedIsSuccess } from '../each.js';
import { streamHijacked } from './hijacked-io.js';

/** Starts each container in turn; failures are printed as they happen and summed up at the end. */
async function startEach(cli: DockerCli, names: readonly string[]): Promise<void> {
  const failed: string[] = [];
  for (const name of names) {
    try {
      await notModifiedIsSuccess(cli.client.containerStart(name));
      cli.out.write(`${name}\n`);
    } catch (error) {
      cli.err.write(`${errorText(error)}\n`);
      failed.push(name);
    }
  }
  if (failed.length > 0) throw new Error(`Error: failed to start containers: ${failed.join(', ')}`);
}

/** `docker start`: several containers, or one attached (`-a`, `-i`) until it exits, with its exit code. */
async function runStart({ cli, args, flags }: Invocation): Promise<number> {
  const attach = flags.bool('attach');
  const interactive = flags.bool('interactive');
  if (!attach && !interactive) {
    await startEach(cli, args);
    return 0;
  }
  if (args.length > 1) throw new Error('you cannot start and attach multiple containers at once');
  const c = await cli.client.containerInspect(args[0]!);
  const stdin = interactive && c.Config.OpenStdin;
  const attachment = await cli.client.containerAttach(c.Id, { stream: true, stdin, stdout: true, stderr: true });
  const status = cli.client.containerWait(c.Id, c.HostConfig.AutoRemove ? 'removed' : 'next-exit').then(
    (r) => (r.Error ? 125 : r.StatusCode),
    () => 125,
  );
  await notModifiedIsSuccess(cli.client.containerStart(c.Id));
  const forward = () => void cli.client.containerKill(c.Id, 'SIGINT').catch(() => undefined);
  if (!c.Config.Tty) cli.signal?.addEventListener('abort', forward, { once: true });
  try {
    const end = await streamHijacked(cli, attachment, { stdin, stdout: true, stderr: true, detachKeys: flags.string('detach-keys') });
    if (end === 'detached') return 0;
  } finally {
    cli.signal?.removeEventListener('abort', forward);
  }
  const code = await status;
  if (code !== 0) throw new StatusError('', code);
  return 0;
}

/** `docker container start`: Start one or more stopped containers */
export const startCommand: DockerCommand = {
  use: 'start [OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Start one or more stopped containers',
  aliasesText: 'docker container start, docker start',
  args: minArgs(1),
  flags: [
    flag.bool('attach', 'a', 'Attach STDOUT/STDERR and forward signals'),
    flag.string('checkpoint', '', 'Restore from this checkpoint', { annotations: { experimental: true, ostype: 'linux' } }),
    flag.string('checkpoint-dir', '', 'Use a custom checkpoint storage directory', { annotations: { experimental: true, ostype: 'linux' } }),
    flag.string('detach-keys', '', 'Override the key sequence for detaching a container'),
    flag.bool('interactive', 'i', 'Attach container\'s STDIN'),
  ],
  run: runStart,
};
