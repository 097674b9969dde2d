/**
 * @module
 * `dockersim shell` (and `dockersim` alone on a terminal): a shell on a simulated Docker host
 * whose filesystem starts as a copy of the working directory, at the same path. On a terminal it
 * is interactive, with virtual time following the wall clock (`--speed` times faster); with a
 * script on stdin it runs the script as bash would and exits with its last status, virtual time
 * moving only as the script waits (`sleep 20` returns at once, 20 simulated seconds later) unless
 * `--speed` ties it to the wall clock. `--state FILE` loads the world at start and saves it at exit.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { HostSession } from '../cli/host/host-session.js';
import { API_VERSION, ENGINE_VERSION } from '../daemon/version.js';
import type { ProcessOutput } from '../programs/types.js';
import { createWorld, type World } from '../world/world.js';
import { copyDirectory, COPY_LIMITS } from './copy-cwd.js';
import type { CommandIO } from './main.js';
import { runInteractive } from './terminal.js';

/** Usage of `dockersim shell`. */
export const SHELL_USAGE = `Usage:  dockersim shell [OPTIONS]

A shell on a simulated Docker host (Engine ${ENGINE_VERSION}, API ${API_VERSION}). Its filesystem starts as a
copy of the current directory, at the same path; docker, docker-compose, curl and open are on
the PATH. On a terminal the shell is interactive; otherwise it runs the script read from stdin
and exits with the script's status.

Options:
      --seed N       Seed of the simulated world (default 0)
      --speed X      Virtual seconds per wall-clock second (default: 1 on a terminal;
                     a script runs in virtual time, each wait taking no wall time)
      --state FILE   Load the world from FILE if it exists; save it there on exit
  -h, --help         Print usage
`;

/** Parsed `shell` options. */
export interface ShellOptions {
  readonly seed: number | string;
  readonly speed?: number;
  readonly state?: string;
}

/** Parses `shell`'s arguments; a string is an error message, `'help'` asks for usage. */
export function parseShellArgs(args: readonly string[]): ShellOptions | 'help' | string {
  const values: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '-h' || arg === '--help') return 'help';
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (!['--seed', '--speed', '--state'].includes(name)) return `unknown ${arg.startsWith('-') ? 'flag' : 'argument'}: ${arg}`;
    const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined || value === '') return `flag needs an argument: ${name}`;
    values[name.slice(2)] = value;
  }
  const seedText = values['seed'];
  const seed = seedText === undefined ? 0 : /^-?\d+$/.test(seedText) ? Number(seedText) : seedText;
  if (values['speed'] !== undefined) {
    const speed = Number(values['speed']);
    if (!(speed > 0) || !Number.isFinite(speed)) return `invalid argument "${values['speed']}" for "--speed" flag: must be a positive number`;
    return { seed, speed, ...(values['state'] !== undefined ? { state: values['state'] } : {}) };
  }
  return { seed, ...(values['state'] !== undefined ? { state: values['state'] } : {}) };
}

/** Where `dockersim shell` reads and writes. */
export interface ShellIO extends CommandIO {
  readonly stdin: NodeJS.ReadStream;
  readonly stdout: NodeJS.WriteStream | CommandIO['stdout'];
}

/** The world: loaded from `state` when the file exists, else new from the seed. */
function openWorld(options: ShellOptions, interactive: boolean): World {
  const speed = options.speed ?? (interactive ? 1 : undefined);
  const clock = speed === undefined ? ({ mode: 'auto' } as const) : ({ mode: 'realtime', speed } as const);
  if (options.state !== undefined && existsSync(options.state)) return createWorld({ from: JSON.parse(readFileSync(options.state, 'utf8')), clock });
  return createWorld({ seed: options.seed, clock });
}

async function readAll(stream: NodeJS.ReadStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

const plain = (target: { write(text: string | Uint8Array): unknown }): ProcessOutput => ({ isTTY: false, write: (data) => void target.write(data) });

/** Runs `dockersim shell` with `args`; resolves to the exit code. */
export async function shell(args: readonly string[], io: ShellIO): Promise<number> {
  const options = parseShellArgs(args);
  if (options === 'help') {
    io.stdout.write(SHELL_USAGE);
    return 0;
  }
  if (typeof options === 'string') {
    io.stderr.write(`${options}\nSee 'dockersim shell --help'.\n`);
    return 125;
  }
  const interactive = io.stdin.isTTY === true;
  let world: World;
  try {
    world = openWorld(options, interactive);
  } catch (error) {
    io.stderr.write(`dockersim: cannot load ${options.state}: ${(error as Error).message}\n`);
    return 1;
  }
  const cwd = process.cwd();
  const copy = copyDirectory(cwd, world.host().fs);
  if (copy.truncated) {
    io.stderr.write(`dockersim: copied the first ${copy.files} files of ${cwd} (limits: ${COPY_LIMITS.files} files, ${COPY_LIMITS.bytes / 1024 / 1024} MiB)\n`);
  }
  const columns: { [name: string]: string } = interactive && process.stdout.columns ? { COLUMNS: String(process.stdout.columns) } : {};
  const session = new HostSession(world, { cwd, env: { PS1: '\\u@\\h:\\w\\$ ', ...columns } });
  let status: number;
  try {
    if (interactive) {
      const left = copy.skipped.length > 0 ? ` (not copied: ${copy.skipped.join(', ')})` : '';
      io.stdout.write(
        `dockersim: a shell on a simulated Docker host (Engine ${ENGINE_VERSION}, API ${API_VERSION}); ${cwd} copied${left}.\n` +
          'Try: docker run alpine echo hello. Leave with exit or Ctrl-D.\n',
      );
      status = await runInteractive(session, io.stdin, process.stdout, cwd);
    } else {
      status = await session.runScript(await readAll(io.stdin), plain(io.stdout), plain(io.stderr));
    }
  } finally {
    if (options.state !== undefined) writeFileSync(options.state, JSON.stringify(world.save()));
    world.dispose();
  }
  return status;
}
