/**
 * @module
 * The CLI session behind every command ({@link DockerCli}): the contexts the CLI knows and which
 * one is current (`--context`, then `DOCKER_CONTEXT`, then `default`, as docker/cli resolves it),
 * the streams, and the lazily asked daemon facts — its clock for relative times and its features
 * for help and feature checks.
 */
import type { DockerClient } from '../client/docker-client.js';
import { sha256Hex } from '../core/digest.js';
import { parseTimestamp } from '../core/time.js';
import type { ProcessOutput } from '../programs/types.js';
import { OFFLINE, type ServerFeatures } from './grammar/features.js';
import type { CliInput } from './io.js';
import type { CliConfig, CliContext, CliHost, DockerCli } from './invocation.js';
import { configDir } from './tree.js';

/** What a {@link Session} is made of. */
export interface SessionOptions {
  /** The default context's client. */
  readonly client: DockerClient;
  /** More contexts (other simulated hosts). */
  readonly contexts?: readonly CliContext[];
  /** The CLI's configuration (docker's config.json): `docker context use` records its choice here. */
  readonly config?: CliConfig;
  readonly out: ProcessOutput;
  readonly err: ProcessOutput;
  readonly in: CliInput;
  readonly env?: { readonly [name: string]: string };
  readonly host?: CliHost;
  readonly columns?: number;
  readonly signal?: AbortSignal;
  /** The client's clock; when absent the CLI asks the daemon for its time. */
  readonly now?: () => number;
  /** The daemon's features; when absent they are derived from `docker info`. */
  readonly features?: ServerFeatures;
}

/** docker's error for a context it has no metadata for. */
export function contextNotFound(name: string, env: { readonly [name: string]: string }): string {
  return `context ${JSON.stringify(name)}: context not found: open ${configDir(env)}/contexts/meta/${sha256Hex(name)}/meta.json: no such file or directory`;
}

/** The default context, as docker lists it. */
export function defaultContext(client: DockerClient): CliContext {
  return { name: 'default', description: 'Current DOCKER_HOST based configuration', endpoint: 'unix:///var/run/docker.sock', client };
}

/** A docker CLI session. */
export class Session implements DockerCli {
  readonly contexts: readonly CliContext[];
  readonly out: ProcessOutput;
  readonly err: ProcessOutput;
  readonly in: CliInput;
  readonly env: { readonly [name: string]: string };
  readonly host: CliHost | undefined;
  readonly columns: number;
  readonly signal: AbortSignal | undefined;
  readonly #now: (() => number) | undefined;
  readonly #knownFeatures: ServerFeatures | undefined;
  #features: ServerFeatures | undefined;
  #current: CliContext;
  /** The CLI's configuration, shared with the caller so that `docker context use` lasts. */
  readonly config: CliConfig;

  constructor(options: SessionOptions) {
    const extra = (options.contexts ?? []).filter((c) => c.name !== 'default');
    this.contexts = [defaultContext(options.client), ...extra];
    this.out = options.out;
    this.err = options.err;
    this.in = options.in;
    this.env = options.env ?? {};
    this.host = options.host;
    this.columns = options.columns ?? 80;
    this.signal = options.signal;
    this.#now = options.now;
    this.#knownFeatures = options.features;
    this.#current = this.contexts[0]!;
    this.config = options.config ?? {};
  }

  get client(): DockerClient {
    return this.#current.client;
  }

  get contextName(): string {
    return this.#current.name;
  }

  /**
   * Chooses the current context as docker/cli does: `--context` (the `flag` argument), then
   * `DOCKER_CONTEXT`, then the stored choice; throws docker's error for an unknown name.
   */
  useContext(flag: string): void {
    this.#current = this.#find(flag || this.env['DOCKER_CONTEXT'] || this.config.currentContext || 'default');
    this.#features = undefined;
  }

  #find(name: string): CliContext {
    const found = this.contexts.find((c) => c.name === name);
    if (found) return found;
    throw new Error(`Failed to initialize: unable to resolve docker endpoint: ${contextNotFound(name, this.env)}`);
  }

  /** The context called `name`, or docker's "context not found" error. */
  context(name: string): CliContext {
    const found = this.contexts.find((c) => c.name === name);
    if (!found) throw new Error(contextNotFound(name, this.env));
    return found;
  }

  async now(): Promise<number> {
    if (this.#now) return this.#now();
    const info = await this.client.systemInfo();
    return parseTimestamp(info.SystemTime) ?? 0;
  }

  async features(): Promise<ServerFeatures> {
    if (this.#knownFeatures) return this.#knownFeatures;
    if (this.#features) return this.#features;
    try {
      const info = await this.client.systemInfo();
      this.#features = {
        experimental: info.ExperimentalBuild,
        osType: info.OSType,
        swarm: { nodeState: info.Swarm.LocalNodeState, controlAvailable: info.Swarm.ControlAvailable },
      };
    } catch {
      this.#features = OFFLINE;
    }
    return this.#features;
  }
}
