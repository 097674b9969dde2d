/**
 * @module
 * What a docker command's handler receives: the parsed command line and the CLI session (docker
 * /cli's `command.Cli`: the client of the current context, the streams, the environment, the
 * client's clock). One handler per command, in cli/commands/<group>/<name>.ts, sets `run` on the
 * command's spec.
 */
import type { DockerClient } from '../client/docker-client.js';
import type { ProcessFs, ProcessOutput } from '../programs/types.js';
import type { CommandNode, CommandSpec } from './grammar/command.js';
import type { ServerFeatures } from './grammar/features.js';
import type { ParsedFlags } from './grammar/parsed-flags.js';
import type { CliInput } from './io.js';

/** A docker context: a named daemon endpoint the CLI can switch to (`docker context use`). */
export interface CliContext {
  readonly name: string;
  readonly description: string;
  /** What `docker context ls` shows under DOCKER ENDPOINT (`unix:///var/run/docker.sock`). */
  readonly endpoint: string;
  readonly client: DockerClient;
}

/** The CLI's own configuration (docker's `~/.docker/config.json`), owned by the caller and updated by commands. */
export interface CliConfig {
  /** The context `docker context use` chose (absent for `default`). */
  currentContext?: string;
}

/** The machine the CLI runs on, for commands that read or write local files (build, cp, save…). */
export interface CliHost {
  readonly fs: ProcessFs;
  /** Working directory (absolute). */
  readonly cwd: string;
}

/** The CLI session a handler runs in (docker/cli `command.Cli`). */
export interface DockerCli {
  /** The client of the current context's daemon. */
  readonly client: DockerClient;
  /** The current context's name (`default` unless `-c`, `DOCKER_CONTEXT` or `docker context use`). */
  readonly contextName: string;
  /** Every context the CLI knows. */
  readonly contexts: readonly CliContext[];
  /** The CLI's configuration; commands like `docker context use` update it. */
  readonly config: CliConfig;
  /** The context called `name`, or docker's "context not found" error. */
  context(name: string): CliContext;
  readonly out: ProcessOutput;
  readonly err: ProcessOutput;
  readonly in: CliInput;
  /** The CLI's environment variables. */
  readonly env: { readonly [name: string]: string };
  /** Terminal width for help and progress (80 when not a terminal). */
  readonly columns: number;
  /** The local machine, when the CLI has one. */
  readonly host: CliHost | undefined;
  /** Aborted when the user interrupts the command (Ctrl-C). */
  readonly signal: AbortSignal | undefined;
  /** The client's clock, epoch ms (relative times: `--since 10m`, "2 minutes ago"). */
  now(): Promise<number>;
  /** What the daemon supports, from its ping (offline defaults when unreachable). */
  features(): Promise<ServerFeatures>;
  /** Picks the current context (`--context`'s value, or empty for `DOCKER_CONTEXT` / the stored one). */
  useContext(flag: string): void;
}

/** One run of a command. */
export interface Invocation {
  readonly cli: DockerCli;
  /** The command, placed in the tree (its `path` is `docker container ls` or `docker ps`). */
  readonly command: CommandNode<CommandHandler>;
  readonly flags: ParsedFlags;
  /** Positional arguments. */
  readonly args: readonly string[];
  /** Arguments before `--` (-1 when there was none). */
  readonly argsLenAtDash: number;
}

/** What a command does; resolves to the exit status (0 when nothing is returned). Errors are printed as docker prints them. */
export type CommandHandler = (invocation: Invocation) => Promise<number | void>;

/** A docker command spec with a dockersim handler. */
export type DockerCommand = CommandSpec<CommandHandler>;
