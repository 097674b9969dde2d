/**
 * @module
 * The programs of the simulated host that are not in a container image: `docker` (the CLI
 * emulator, on the host's files, working directory and terminal, talking to the host's daemon;
 * Ctrl-C reaches it as SIGINT), `docker-compose` (the same as `docker compose`), and `open URL`,
 * which prints what a browser would show: the page's text, or the browser's error when nothing
 * answers. One multi-call program, `docker-host`, picks by the name it is invoked as.
 */
import type { DockerClient } from '../../client/docker-client.js';
import { httpRequest, parseHttpUrl } from '../../network/http/client.js';
import { unguarded } from '../../programs/process/guards.js';
import { baseName } from '../../programs/process/paths.js';
import { NetError, type ProcessContext, type ProcessInput, type ProcessOutput, type Program } from '../../programs/types.js';
import type { CliInput } from '../io.js';
import type { CliConfig, CliContext } from '../invocation.js';
import { streamDocker } from '../run-docker.js';

/** What the host's `docker` talks to. */
export interface DockerHostOptions {
  readonly client: DockerClient;
  /** The CLI's configuration, kept for the whole session (`docker context use`). */
  readonly config: CliConfig;
  readonly contexts?: readonly CliContext[];
  /** The client's clock. */
  readonly now: () => number;
}

/**
 * A process's stdin as the CLI's input. The CLI reads the stream itself, not through the
 * process's guard: a read still pending when the command ends (the container it fed has exited)
 * then gives what it took back to the terminal (`unread`) instead of swallowing the next line.
 */
function cliInput(stdin: ProcessInput): CliInput {
  const input = unguarded(stdin);
  const unread = (input as Partial<CliInput>).unread;
  return {
    isTTY: input.isTTY ?? false,
    read: () => input.read(),
    readLine: () => input.readLine(),
    readAll: () => input.readAll(),
    ...(unread ? { unread: (data: Uint8Array) => unread.call(input, data) } : {}),
  };
}

/**
 * Whether the command line catches Ctrl-C to forward it to a container (attached `run`,
 * `start -a`, `attach`: docker/cli's `ForwardAllSignals`); any other docker command dies of it.
 * A light reading of the words: the command, then its flags up to the first argument.
 */
export function forwardsSignals(argv: readonly string[]): boolean {
  const words = argv.filter((w) => !w.startsWith('-'));
  let i = argv.indexOf(words[0] ?? '');
  if (words[0] === 'container') i = argv.indexOf(words[1] ?? '', i + 1);
  const command = argv[i];
  const flags: string[] = [];
  for (const word of argv.slice(i + 1)) {
    if (!word.startsWith('-')) break;
    flags.push(word);
  }
  const has = (long: string, short: string) => flags.some((f) => f === `--${long}` || f.startsWith(`--${long}=`) || (/^-[^-]/.test(f) && f.slice(1).includes(short)));
  if (command === 'run') return !has('detach', 'd');
  if (command === 'start') return has('attach', 'a') || has('interactive', 'i');
  return command === 'attach';
}

/** An output that stops writing once `open()` says so (the CLI is gone). */
function gated(output: ProcessOutput, open: () => boolean): ProcessOutput {
  return { isTTY: output.isTTY, write: (data) => (open() ? output.write(data) : undefined) };
}

/**
 * Runs `argv` (without `docker`) as the docker CLI in the process `ctx`. Ctrl-C (SIGINT) is
 * forwarded by the commands that forward it; any other command ends at once with 130, its
 * request left to finish in the daemon, as when the real CLI process dies.
 */
async function docker(ctx: ProcessContext, argv: readonly string[], options: DockerHostOptions): Promise<number> {
  const abort = new AbortController();
  let alive = true;
  const forwards = forwardsSignals(argv);
  let off = () => {};
  const interrupted = new Promise<number>((resolve) => {
    off = ctx.signals.on('SIGINT', () => {
      abort.abort();
      if (forwards) return;
      alive = false;
      resolve(130);
    });
  });
  const run = streamDocker(argv, {
    client: options.client,
    config: options.config,
    ...(options.contexts ? { contexts: options.contexts } : {}),
    now: options.now,
    env: ctx.env,
    host: { fs: ctx.fs, cwd: ctx.cwd },
    stdin: cliInput(ctx.stdin),
    stdout: gated(ctx.stdout, () => alive),
    stderr: gated(ctx.stderr, () => alive),
    tty: ctx.stdout.isTTY,
    // The terminal's width, when the shell exports it (help wrapping, progress bars).
    columns: Number(ctx.env['COLUMNS']) || 80,
    signal: abort.signal,
  });
  try {
    const status = await Promise.race([run, interrupted]);
    return abort.signal.aborted && status === 0 ? 130 : status;
  } finally {
    off();
  }
}

/** `open URL`: what a browser would show for the page. */
async function open(ctx: ProcessContext): Promise<number> {
  const url = ctx.argv[1];
  if (url === undefined) {
    ctx.stderr.write('usage: open URL\n');
    return 2;
  }
  let host: string;
  try {
    host = parseHttpUrl(url).host;
  } catch (error) {
    ctx.stderr.write(`open: ${(error as Error).message}\n`);
    return 1;
  }
  try {
    const response = await httpRequest((h, port, timeoutMs) => ctx.net.connect(h, port, timeoutMs === undefined ? {} : { timeoutMs }), url, { headers: { 'User-Agent': 'Mozilla/5.0 (dockersim)', Accept: 'text/html,*/*' } });
    ctx.stdout.write(response.body);
    if (response.body.length > 0 && response.body[response.body.length - 1] !== 10) ctx.stdout.write('\n');
    return response.status < 400 ? 0 : 1;
  } catch (error) {
    if (!(error instanceof NetError)) throw error;
    const reason: { [code: string]: string } = {
      ECONNREFUSED: `${host} refused to connect. (ERR_CONNECTION_REFUSED)`,
      ECONNRESET: `${host} unexpectedly closed the connection. (ERR_CONNECTION_RESET)`,
      ENOTFOUND: `${host}'s server IP address could not be found. (DNS_PROBE_FINISHED_NXDOMAIN)`,
      ETIMEDOUT: `${host} took too long to respond. (ERR_CONNECTION_TIMED_OUT)`,
    };
    ctx.stdout.write(`This site can’t be reached: ${reason[error.code] ?? error.message}\n`);
    return 1;
  }
}

/** The multi-call program behind `/usr/local/bin/{docker,docker-compose,open}`. */
export function dockerHostProgram(options: DockerHostOptions): Program {
  return async (ctx) => {
    const name = baseName(ctx.argv[0] ?? '');
    if (name === 'open') return open(ctx);
    if (name === 'docker-compose') return docker(ctx, ['compose', ...ctx.argv.slice(1)], options);
    return docker(ctx, ctx.argv.slice(1), options);
  };
}
