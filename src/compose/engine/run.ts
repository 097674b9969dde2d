/**
 * @module
 * `docker compose run` (docker/compose `run.go`): a one-off container of a service named
 * `<project>-<service>-run-<12 hex>`, labelled `com.docker.compose.oneoff=True` with its slug,
 * after its dependencies are up (unless `--no-deps`); the service's ports are published only with
 * `--service-ports` (or `-p`), the service name is not a DNS alias unless `--use-aliases`. Attached,
 * it resolves to the command's exit code (and `--rm` removes the container); `-d` prints its name.
 */
import { sha256Hex } from '../../core/digest.js';
import { containerLabels } from '../labels.js';
import type { ComposeProject } from '../model/project.js';
import type { ComposeService } from '../model/service.js';
import { oneOffContainerName } from '../naming.js';
import { projectContainers } from './containers.js';
import { createRequest } from './create-config.js';
import { ensureImages } from './images.js';
import type { ComposeSession } from './session.js';
import { createProject, projectFor } from './up.js';
import { startProject } from './start.js';
import type { ProcessInput } from '../../programs/types.js';

/** Options of `compose run`. */
export interface RunOptions {
  readonly service: string;
  /** The command (default the service's). */
  readonly command?: readonly string[];
  readonly entrypoint?: readonly string[];
  /** `-e KEY=VAL` (or `KEY`: from the caller's environment, resolved by the caller). */
  readonly env?: Readonly<Record<string, string>>;
  readonly labels?: Readonly<Record<string, string>>;
  readonly name?: string;
  readonly workdir?: string;
  readonly user?: string;
  /** `--rm`. */
  readonly remove?: boolean;
  /** `-d`. */
  readonly detach?: boolean;
  /** `--no-deps`. */
  readonly noDeps?: boolean;
  /** `--service-ports`. */
  readonly servicePorts?: boolean;
  /** `--use-aliases`. */
  readonly useAliases?: boolean;
  /** Allocate a TTY (`-T` disables). */
  readonly tty?: boolean;
  readonly stdin?: ProcessInput;
}

/** The service as the one-off runs it. */
function oneOffService(service: ComposeService, options: RunOptions): ComposeService {
  const s: ComposeService = {
    ...service,
    ...(options.command ? { command: options.command } : {}),
    ...(options.entrypoint ? { entrypoint: options.entrypoint } : {}),
    environment: { ...service.environment, ...options.env },
    labels: { ...service.labels, ...options.labels },
    ...(options.workdir ? { working_dir: options.workdir } : {}),
    ...(options.user ? { user: options.user } : {}),
    ...(options.tty !== undefined ? { tty: options.tty } : {}),
    stdin_open: options.stdin !== undefined || (service.stdin_open ?? false),
    restart: 'no',
  };
  if (!options.servicePorts) delete (s as { ports?: unknown }).ports;
  if (options.name) return { ...s, container_name: options.name };
  const { container_name: _ignored, ...rest } = s;
  return rest;
}

/** `compose run`; resolves to the exit code (0 with `-d`). */
export async function run(session: ComposeSession, full: ComposeProject, options: RunOptions): Promise<number> {
  const project = projectFor(full, { services: [options.service], noDeps: options.noDeps ?? false });
  const base = project.services[options.service]!;
  const deps = Object.keys(base.depends_on ?? {}).filter((d) => project.services[d] !== undefined);
  const w = session.progress('Running');
  try {
    if (!options.noDeps && deps.length > 0) {
      const depsProject = projectFor(full, { services: deps });
      const containers = await createProject(session, depsProject, full, w, { services: deps });
      await startProject(session, depsProject, w, containers);
    } else {
      await createProject(session, { ...project, services: {} }, full, w, {});
    }
    await ensureImages(session, project, [options.service], w);
  } finally {
    w.stop();
  }
  const service = oneOffService(base, options);
  const existing = await projectContainers(session, project.name, { oneOff: 'only' });
  const slug = sha256Hex(`${project.name}/${service.name}/${await session.now()}/${existing.length}`);
  const name = options.name ?? oneOffContainerName(project.name, service, slug);
  const labels = containerLabels(project, service, { oneOffSlug: slug });
  const request = createRequest(project, service, { labels, number: 1, name, useAliases: options.useAliases ?? false, autoRemove: options.remove ?? false, attachStdin: !options.detach && options.stdin !== undefined });
  const { Id } = await session.client.containerCreate(request, { name });
  if (options.detach) {
    await session.client.containerStart(Id);
    session.out.write(`${name}\n`);
    return 0;
  }
  const attachment = await session.client.containerAttach(Id, { stdout: true, stderr: true, stream: true, stdin: options.stdin !== undefined });
  const exit = session.client.containerWait(Id, options.remove ? 'removed' : 'next-exit');
  await session.client.containerStart(Id);
  if (options.stdin && attachment.stdin) {
    const writer = attachment.stdin;
    void (async () => {
      for (let chunk = await options.stdin!.read(); chunk !== null; chunk = await options.stdin!.read()) writer.write(chunk);
      writer.end();
    })();
  }
  for await (const chunk of attachment.output) (chunk.stream === 'stderr' ? session.err : session.out).write(chunk.data);
  return (await exit).StatusCode;
}
