/**
 * @module
 * `docker container attach` / `docker attach` (docker CLI 28.2): its grammar, and the handler —
 * the container must be running; its output (and stdin unless `--no-stdin`) until it exits, then
 * its exit code; the detach keys end with `read escape sequence`.
 */
import { exactArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand, Invocation } from '../../invocation.js';
import { StatusError } from '../../errors.js';
import type { DockerCli } from '../../invocation.js';
import { streamHijacked } from './hijacked-io.js';

/** docker/cli `inspectContainerAndCheckState`: only a running container can be attached to. */
async function runningContainer(cli: DockerCli, name: string) {
  const c = await cli.client.containerInspect(name);
  if (!c.State.Running) throw new Error('You cannot attach to a stopped container, start it first');
  if (c.State.Paused) throw new Error('You cannot attach to a paused container, unpause it first');
  if (c.State.Restarting) throw new Error('You cannot attach to a restarting container, wait until it is running');
  return c;
}

/** `docker attach`: wait registered first, then stream until the container exits; its exit code. */
async function runAttach({ cli, args, flags }: Invocation): Promise<number> {
  const name = args[0]!;
  const wait = cli.client.containerWait(name);
  // The wait may fail (no such container) before the inspect reports it; the inspect's error wins.
  wait.catch(() => undefined);
  const c = await runningContainer(cli, name);
  const noStdin = flags.bool('no-stdin');
  if (c.Config.Tty && !noStdin && !cli.in.isTTY) throw new Error('the input device is not a TTY');
  const stdin = !noStdin && c.Config.OpenStdin;
  const attachment = await cli.client.containerAttach(name, { stream: true, stdin, stdout: true, stderr: true });
  await runningContainer(cli, name);
  const forward = () => void cli.client.containerKill(name, 'SIGINT').catch(() => undefined);
  if (flags.bool('sig-proxy') && !c.Config.Tty) cli.signal?.addEventListener('abort', forward, { once: true });
  try {
    const end = await streamHijacked(cli, attachment, { stdin, stdout: true, stderr: true, detachKeys: flags.string('detach-keys') });
    if (end === 'detached') throw new Error('read escape sequence');
  } finally {
    cli.signal?.removeEventListener('abort', forward);
  }
  const result = await wait;
  if (result.Error) throw new Error(result.Error.Message);
  if (result.StatusCode !== 0) throw new StatusError('', result.StatusCode);
  return 0;
}

/** `docker container attach`: Attach local standard input, output, and error streams to a running container */
export const attachCommand: DockerCommand = {
  use: 'attach [OPTIONS] CONTAINER',
  short: 'Attach local standard input, output, and error streams to a running container',
  aliasesText: 'docker container attach, docker attach',
  args: exactArgs(1),
  flags: [
    flag.string('detach-keys', '', 'Override the key sequence for detaching a container'),
    flag.bool('no-stdin', '', 'Do not attach STDIN'),
    flag.bool('sig-proxy', '', 'Proxy all received signals to the process', { def: 'true' }),
  ],
  run: runAttach,
};
