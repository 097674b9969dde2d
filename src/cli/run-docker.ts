/**
 * @module
 * `runDocker`: run a docker command line against a {@link DockerClient} and get what docker would
 * print — `runDocker('docker ps -a', { client })` → `{ stdout, stderr, exitCode }`.
 * `streamDocker` is the streaming form: output goes to the given streams as it is produced
 * (`docker events`, `docker logs -f`), and an abort signal stops the command as Ctrl-C would.
 */
import type { DockerClient } from '../client/docker-client.js';
import type { ProcessOutput } from '../programs/types.js';
import { executeDocker } from './execute.js';
import type { ServerFeatures } from './grammar/features.js';
import { CollectedOutput, inputFrom, outputTo, type CliInput } from './io.js';
import type { CliConfig, CliContext, CliHost } from './invocation.js';
import { Session } from './session.js';
import { shellWords, ShellSyntaxError } from './tokenize.js';

/** Options of {@link runDocker} and {@link streamDocker}. */
export interface RunDockerOptions {
  /** The client of the daemon the `default` context talks to. */
  readonly client: DockerClient;
  /** Standard input: text, bytes, or a stream. */
  readonly stdin?: string | Uint8Array | CliInput;
  /** The CLI's environment (`DOCKER_CONTEXT`, `HOME`, `DOCKER_HIDE_LEGACY_COMMANDS`, variables `-e NAME` reads…). */
  readonly env?: { readonly [name: string]: string };
  /** The machine the CLI runs on (its files, for build / cp / save / load). */
  readonly host?: CliHost;
  /** Other daemons the CLI can switch to with `--context` / `docker context use`. */
  readonly contexts?: readonly CliContext[];
  /** The CLI's configuration (its current context); `docker context use` updates it, so pass the same object to later calls. */
  readonly config?: CliConfig;
  /** The client's clock in epoch ms (pass the world's clock); default: the daemon's time. */
  readonly now?: () => number;
  /** Terminal width (help wrapping); default 80. */
  readonly columns?: number;
  /** Whether stdout is a terminal. */
  readonly tty?: boolean;
  /** Interrupts the command (Ctrl-C). */
  readonly signal?: AbortSignal;
  /** What the daemon supports, when the caller knows better than `docker info`. */
  readonly features?: ServerFeatures;
}

/** Where {@link streamDocker} writes. */
export interface DockerStreams {
  readonly stdout: ProcessOutput | ((text: string) => void);
  readonly stderr: ProcessOutput | ((text: string) => void);
}

/** What a docker command printed and how it exited. */
export interface DockerResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

function words(command: string | readonly string[]): string[] {
  const argv = typeof command === 'string' ? shellWords(command) : [...command];
  // `docker-compose …` (Compose v1's name, kept by the standalone v2 binary) is `docker compose …`.
  if (argv[0] === 'docker-compose') return ['compose', ...argv.slice(1)];
  return argv[0] === 'docker' ? argv.slice(1) : argv;
}

function stream(target: ProcessOutput | ((text: string) => void), tty: boolean): ProcessOutput {
  return typeof target === 'function' ? outputTo(target, tty) : target;
}

/** Runs a docker command line, writing to `streams` as it goes; resolves to the exit status. */
export async function streamDocker(command: string | readonly string[], options: RunDockerOptions & DockerStreams): Promise<number> {
  const err = stream(options.stderr, options.tty ?? false);
  let argv: string[];
  try {
    argv = words(command);
  } catch (e) {
    if (!(e instanceof ShellSyntaxError)) throw e;
    err.write(`sh: ${e.message}\n`);
    return 2;
  }
  const stdin = options.stdin;
  const session = new Session({
    ...options,
    out: stream(options.stdout, options.tty ?? false),
    err,
    in: typeof stdin === 'string' || stdin instanceof Uint8Array || stdin === undefined ? inputFrom(stdin ?? '') : stdin,
  });
  return executeDocker(argv, session);
}

/** Runs a docker command line and collects what it prints. */
export async function runDocker(command: string | readonly string[], options: RunDockerOptions): Promise<DockerResult> {
  const stdout = new CollectedOutput(options.tty ?? false);
  const stderr = new CollectedOutput(false);
  const exitCode = await streamDocker(command, { ...options, stdout, stderr });
  return { stdout: stdout.text, stderr: stderr.text, exitCode };
}
