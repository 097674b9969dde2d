/**
 * @module
 * `docker container run` / `docker run` (docker CLI 28.2): its grammar, and the handler doing
 * what docker 28 does (engine-api-flows.md §2.6–2.7): create — pulling on a 404 with `Unable to
 * find image … locally` and the progress on stderr — then, attached, attach → wait → start,
 * stream the output and exit with the container's code; detached, print the id. Errors are
 * `docker: …` with `Run 'docker run --help'` and exit 125, 126 or 127.
 */
import { minArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand, Invocation } from '../../invocation.js';
import { resourceFlags } from './resource-flags.js';
import { createFlags } from './create-flags.js';
import { StatusError, runStatusError, withHelp } from '../../errors.js';
import { createConfig, type CreateConfig } from './create-config.js';
import { createContainer } from './create-container.js';
import { streamHijacked } from './hijacked-io.js';

/** Parses the command line into a create request; a bad one is `docker: …` with exit 125. */
function parseRun(invocation: Invocation): CreateConfig {
  try {
    return createConfig(invocation.cli, invocation.flags, invocation.args);
  } catch (error) {
    throw withHelp(error, 'run');
  }
}

/**
 * `docker run`: create (pulling on a 404), attach unless detached, register the wait, start; then
 * stream until the process exits and end with its exit code. Detached, print the id and return.
 */
async function runRun(invocation: Invocation): Promise<number> {
  const { cli, flags } = invocation;
  const config = parseRun(invocation);
  const detach = flags.bool('detach');
  let request = config.request;
  if (!detach) {
    if (request.Tty && request.AttachStdin && !cli.in.isTTY) throw new Error('the input device is not a TTY');
  } else {
    if (flags.list('attach').length > 0) throw new Error('conflicting options: cannot specify both --attach and --detach');
    request = { ...request, AttachStdin: false, AttachStdout: false, AttachStderr: false, StdinOnce: false };
  }
  let id: string;
  try {
    id = await createContainer(cli, { ...config, request });
  } catch (error) {
    throw runStatusError(error);
  }
  const attach = Boolean(request.AttachStdin || request.AttachStdout || request.AttachStderr);
  if (!attach) cli.out.write(`${id}\n`);
  const attachment = attach
    ? await cli.client.containerAttach(id, { stream: true, stdin: Boolean(request.AttachStdin), stdout: Boolean(request.AttachStdout), stderr: Boolean(request.AttachStderr) })
    : undefined;
  const autoRemove = Boolean(request.HostConfig?.AutoRemove);
  const status = cli.client.containerWait(id, autoRemove ? 'removed' : 'next-exit').then(
    (r) => (r.Error ? 125 : r.StatusCode),
    () => 125,
  );
  try {
    await cli.client.containerStart(id);
  } catch (error) {
    if (autoRemove) await status;
    throw runStatusError(error);
  }
  if (!attachment) return 0;
  const forward = () => void cli.client.containerKill(id, 'SIGINT').catch(() => undefined);
  if (flags.bool('sig-proxy') || request.Tty) cli.signal?.addEventListener('abort', forward, { once: true });
  try {
    const end = await streamHijacked(cli, attachment, {
      stdin: Boolean(request.AttachStdin),
      stdout: Boolean(request.AttachStdout),
      stderr: Boolean(request.AttachStderr),
      detachKeys: flags.string('detach-keys'),
    });
    if (end === 'detached') return 0;
    const code = await status;
    if (code !== 0) throw new StatusError('', code);
    return 0;
  } finally {
    cli.signal?.removeEventListener('abort', forward);
  }
}

/** `docker container run`: Create and run a new container from an image */
export const runCommand: DockerCommand = {
  use: 'run [OPTIONS] IMAGE [COMMAND] [ARG...]',
  short: 'Create and run a new container from an image',
  aliasesText: 'docker container run, docker run',
  args: minArgs(1),
  interspersed: false,
  annotations: { categoryTop: 1 },
  flags: [
    ...resourceFlags,
    ...createFlags,
    flag.bool('detach', 'd', 'Run container in background and print container ID'),
    flag.string('detach-keys', '', 'Override the key sequence for detaching a container'),
    flag.string('pull', '', 'Pull image before running ("always", "missing", "never")', { def: 'missing' }),
    flag.bool('sig-proxy', '', 'Proxy received signals to the process', { def: 'true' }),
  ],
  run: runRun,
};
