/**
 * @module
 * `docker compose exec` (docker/compose `exec.go`): runs a command in a running container of a
 * service (`--index` picks the replica, default 1), with `-e`, `-w`, `-u`, `--privileged`,
 * `-d`, `-T`; resolves to the command's exit code. Fails with `service "web" is not running`.
 */
import { serviceNotRunning } from '../../core/messages/compose.js';
import type { ProcessInput } from '../../programs/types.js';
import { numberOf, projectContainers } from './containers.js';
import type { ComposeSession } from './session.js';

/** Options of `compose exec`. */
export interface ExecOptions {
  readonly service: string;
  readonly command: readonly string[];
  /** `--index` (default 1). */
  readonly index?: number;
  /** `-e KEY=VAL`. */
  readonly env?: readonly string[];
  readonly workdir?: string;
  readonly user?: string;
  readonly privileged?: boolean;
  /** `-d`. */
  readonly detach?: boolean;
  /** Allocate a TTY (Compose's default unless `-T`). */
  readonly tty?: boolean;
  /** Standard input to feed (`-i`, Compose's default). */
  readonly stdin?: ProcessInput;
}

/** The running container of a service replica (Compose `getSpecifiedContainer`). */
export async function serviceContainer(session: ComposeSession, projectName: string, service: string, index?: number): Promise<{ Id: string }> {
  const running = await projectContainers(session, projectName, { all: false, services: [service] });
  const wanted = index ?? 1;
  const found = running.find((c) => numberOf(c) === wanted) ?? (index === undefined ? running[0] : undefined);
  if (!found) throw serviceNotRunning(service, index !== undefined && running.length > 0 ? index : undefined);
  return found;
}

/** `compose exec`; resolves to the exit code. */
export async function exec(session: ComposeSession, projectName: string, options: ExecOptions): Promise<number> {
  const target = await serviceContainer(session, projectName, options.service, options.index);
  const tty = options.tty ?? false;
  const { Id } = await session.client.containerExec(target.Id, {
    Cmd: [...options.command],
    AttachStdout: !options.detach,
    AttachStderr: !options.detach,
    AttachStdin: !options.detach && options.stdin !== undefined,
    Tty: tty,
    ...(options.env ? { Env: [...options.env] } : {}),
    ...(options.workdir ? { WorkingDir: options.workdir } : {}),
    ...(options.user ? { User: options.user } : {}),
    ...(options.privileged ? { Privileged: true } : {}),
  });
  const started = await session.client.execStart(Id, { Detach: options.detach ?? false, Tty: tty });
  if (options.detach) return 0;
  const pump = options.stdin && started.stdin ? pumpStdin(options.stdin, started.stdin) : Promise.resolve();
  for await (const chunk of started.output) (chunk.stream === 'stderr' ? session.err : session.out).write(chunk.data);
  void pump;
  return started.exited;
}

async function pumpStdin(input: ProcessInput, writer: { write(data: Uint8Array | string): void; end(): void }): Promise<void> {
  for (let chunk = await input.read(); chunk !== null; chunk = await input.read()) writer.write(chunk);
  writer.end();
}
