/**
 * @module
 * `docker container exec` / `docker exec` (docker CLI 28.2): its grammar, and the handler — `-i`,
 * `-t`, `-d`, `-e` / `--env-file`, `-w`, `-u`, `--privileged`; attached, the command's output and
 * its exit code as docker's own; `-d` starts it and prints nothing.
 */
import { minArgs } from '../../grammar/args.js';
import { validateEnv } from '../../grammar/validators.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand, Invocation } from '../../invocation.js';
import { StatusError } from '../../errors.js';
import { parseKeyValueFile } from '../../host-files.js';
import { streamHijacked } from './hijacked-io.js';

/**
 * `docker exec`: inspect first (so "No such container" wins), create the exec, then either start
 * it detached or stream it and exit with its code (read back with an exec inspect, as docker does).
 */
async function runExec({ cli, args, flags }: Invocation): Promise<number> {
  const detach = flags.bool('detach');
  const tty = flags.bool('tty');
  const interactive = flags.bool('interactive') && !detach;
  const env = [...flags.list('env-file').flatMap((file) => parseKeyValueFile(cli, file, (key) => cli.env[key])), ...flags.list('env')];
  const container = args[0]!;
  await cli.client.containerInspect(container);
  if (!detach && tty && interactive && !cli.in.isTTY) throw new Error('the input device is not a TTY');
  const user = flags.string('user');
  const workdir = flags.string('workdir');
  const detachKeys = flags.string('detach-keys');
  const { Id } = await cli.client.containerExec(container, {
    Cmd: args.slice(1),
    AttachStdin: interactive,
    AttachStdout: !detach,
    AttachStderr: !detach,
    Tty: tty,
    ...(env.length > 0 ? { Env: env } : {}),
    ...(flags.bool('privileged') ? { Privileged: true } : {}),
    ...(user !== '' ? { User: user } : {}),
    ...(workdir !== '' ? { WorkingDir: workdir } : {}),
    ...(detachKeys !== '' ? { DetachKeys: detachKeys } : {}),
    ...(tty ? { ConsoleSize: [24, cli.columns] as const } : {}),
  });
  if (detach) {
    await cli.client.execStart(Id, { Detach: true, Tty: tty });
    return 0;
  }
  const session = await cli.client.execStart(Id, { Tty: tty });
  const end = await streamHijacked(cli, session, { stdin: interactive, stdout: true, stderr: true, detachKeys });
  if (end === 'detached') return 0;
  const { ExitCode } = await cli.client.execInspect(Id);
  if (ExitCode !== 0 && ExitCode !== null) throw new StatusError('', ExitCode);
  return 0;
}

/** `docker container exec`: Execute a command in a running container */
export const execCommand: DockerCommand = {
  use: 'exec [OPTIONS] CONTAINER COMMAND [ARG...]',
  short: 'Execute a command in a running container',
  aliasesText: 'docker container exec, docker exec',
  args: minArgs(2),
  interspersed: false,
  annotations: { categoryTop: 2 },
  flags: [
    flag.bool('detach', 'd', 'Detached mode: run command in the background'),
    flag.string('detach-keys', '', 'Override the key sequence for detaching a container'),
    flag.list('env', 'e', 'Set environment variables', { validate: validateEnv }),
    flag.list('env-file', '', 'Read in a file of environment variables'),
    flag.bool('interactive', 'i', 'Keep STDIN open even if not attached'),
    flag.bool('privileged', '', 'Give extended privileges to the command'),
    flag.bool('tty', 't', 'Allocate a pseudo-TTY'),
    flag.string('user', 'u', 'Username or UID (format: "<name|uid>[:<group|gid>]")'),
    flag.string('workdir', 'w', 'Working directory inside the container'),
  ],
  run: runExec,
};
