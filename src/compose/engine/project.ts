/**
 * @module
 * The typed Compose API: `compose.project(client, files | project, io)` gives one object whose
 * methods are `docker compose`'s commands — `up`, `down`, `ps`, `logs`, `exec`, `run`, … — with
 * Compose's behaviour and output, for games and tests to drive and observe.
 *
 * ```ts
 * const app = compose.project(world.client(), { workingDir: '/src/app', files: [{ path: 'compose.yaml', content }] }, { clock: world.clock });
 * await app.up({ detach: true });
 * (await app.ps()).map((c) => `${c.Name} ${c.State}`);
 * await app.down({ volumes: true });
 * ```
 */
import type { DockerClient } from '../../client/docker-client.js';
import { renderConfig, type ConfigFormat } from '../config/render.js';
import { serviceConfigHash } from '../config/hash.js';
import { loadProject } from '../load/load-project.js';
import type { LoadProjectOptions } from '../load/load-options.js';
import type { ComposeProject } from '../model/project.js';
import { down, type DownOptions } from './down.js';
import { events, type ComposeEvent } from './events.js';
import { exec, type ExecOptions } from './exec.js';
import type { BuildContextReader } from './images.js';
import { images, port, top, type ContainerImage, type ContainerProcesses } from './inspect-views.js';
import { logs, type LogsOptions } from './logs.js';
import { ps, type ComposeContainer, type PsOptions } from './ps.js';
import { build, pull, push, type BuildOptions, type PullOptions } from './publish.js';
import { run, type RunOptions } from './run.js';
import { ComposeSession, type ComposeIO } from './session.js';
import { kill, pause, restart, rm, start, stop, unpause, type RmOptions, type ServiceSelection } from './stop.js';
import { create, up, type CreateOptions, type UpOptions } from './up.js';

/** Options of {@link project} beyond the streams. */
export interface ComposeProjectIO extends ComposeIO {
  /** Reads build contexts (`up --build`, `build`); the CLI reads the host's disk. */
  readonly buildContext?: BuildContextReader;
}

/** A compose project bound to a Docker client: `docker compose`'s commands as methods. */
export class ComposeApp {
  /** The loaded project. */
  readonly project: ComposeProject;
  /** Warnings loading gave (the CLI prints them as `WARN[0000] …`). */
  readonly warnings: readonly string[];
  readonly session: ComposeSession;
  readonly #buildContext: BuildContextReader | undefined;

  constructor(client: DockerClient, project: ComposeProject, io: ComposeProjectIO = {}, warnings: readonly string[] = []) {
    this.project = project;
    this.warnings = warnings;
    this.session = new ComposeSession(client, io);
    this.#buildContext = io.buildContext;
  }

  #images<T extends object>(options: T): T {
    return this.#buildContext ? { buildContext: this.#buildContext, ...options } : options;
  }

  /** `up`: create and start (attached to logs unless `detach`). */
  up(options: UpOptions = {}): Promise<void> {
    return up(this.session, this.project, this.#images(options));
  }
  /** `create`. */
  create(options: CreateOptions = {}): Promise<void> {
    return create(this.session, this.project, this.#images(options));
  }
  /** `down`. */
  down(options: DownOptions = {}): Promise<void> {
    return down(this.session, this.project, options);
  }
  /** `ps`: the rows `docker compose ps` lists. */
  ps(options: PsOptions = {}): Promise<ComposeContainer[]> {
    return ps(this.session, this.project.name, { known: Object.keys(this.project.services), ...options });
  }
  /** `logs`, written to stdout. */
  logs(options: LogsOptions = {}): Promise<void> {
    return logs(this.session, this.project.name, options);
  }
  /** `start`. */
  start(options: ServiceSelection & { readonly wait?: boolean; readonly waitTimeout?: number } = {}): Promise<void> {
    return start(this.session, this.project, options);
  }
  /** `stop`. */
  stop(options: ServiceSelection & { readonly timeout?: number } = {}): Promise<void> {
    return stop(this.session, this.project, options);
  }
  /** `restart`. */
  restart(options: ServiceSelection & { readonly timeout?: number } = {}): Promise<void> {
    return restart(this.session, this.project, options);
  }
  /** `kill`. */
  kill(options: ServiceSelection & { readonly signal?: string } = {}): Promise<void> {
    return kill(this.session, this.project, options);
  }
  /** `pause`. */
  pause(options: ServiceSelection = {}): Promise<void> {
    return pause(this.session, this.project, options);
  }
  /** `unpause`. */
  unpause(options: ServiceSelection = {}): Promise<void> {
    return unpause(this.session, this.project, options);
  }
  /** `rm -f`. */
  rm(options: RmOptions = {}): Promise<void> {
    return rm(this.session, this.project, options);
  }
  /** `exec`: resolves to the exit code. */
  exec(options: ExecOptions): Promise<number> {
    return exec(this.session, this.project.name, options);
  }
  /** `run`: resolves to the exit code. */
  run(options: RunOptions): Promise<number> {
    return run(this.session, this.project, options);
  }
  /** `pull`. */
  pull(options: PullOptions = {}): Promise<void> {
    return pull(this.session, this.project, options);
  }
  /** `push`. */
  push(options: { readonly services?: readonly string[]; readonly ignorePushFailures?: boolean } = {}): Promise<void> {
    return push(this.session, this.project, options);
  }
  /** `build`. */
  build(options: BuildOptions = {}): Promise<void> {
    return build(this.session, this.project, this.#images(options));
  }
  /** `config`: the normalized model as YAML (or JSON). */
  config(format: ConfigFormat = 'yaml'): string {
    return renderConfig(this.project, format);
  }
  /** `config --hash`: `service hash` per service. */
  configHashes(services?: readonly string[]): Record<string, string> {
    const names = services && services.length > 0 ? services : Object.keys(this.project.services).sort();
    return Object.fromEntries(names.map((n) => [n, serviceConfigHash(this.project.services[n]!)]));
  }
  /** `top`. */
  top(services?: readonly string[]): Promise<ContainerProcesses[]> {
    return top(this.session, this.project.name, services);
  }
  /** `port`: `host:port`. */
  port(service: string, privatePort: number, options: { readonly protocol?: string; readonly index?: number } = {}): Promise<string> {
    return port(this.session, this.project.name, service, privatePort, options);
  }
  /** `images`. */
  images(services?: readonly string[]): Promise<ContainerImage[]> {
    return images(this.session, this.project.name, services);
  }
  /** `events`: calls `each` until the io's signal aborts. */
  events(each: (e: ComposeEvent) => void, services?: readonly string[]): Promise<void> {
    return events(this.session, this.project.name, each, services);
  }
}

/** A project from load options (files are read and validated as Compose does) or a loaded one. */
export function project(client: DockerClient, source: ComposeProject | LoadProjectOptions, io: ComposeProjectIO = {}): ComposeApp {
  if ('services' in source && 'name' in source && 'composeFiles' in source) return new ComposeApp(client, source, io);
  const loaded = loadProject(source);
  return new ComposeApp(client, loaded.project, io, loaded.warnings);
}
