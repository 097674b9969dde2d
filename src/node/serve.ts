/**
 * @module
 * `dockersim serve`: a simulated Docker daemon for real clients. It listens on a unix socket
 * (default) and/or loopback TCP, prints the `export DOCKER_HOST=…` line and a ready line, runs
 * virtual time with the wall clock (so clients computing "Up 2 minutes" or `--since 10m` from
 * their own clock agree with it), and on SIGINT/SIGTERM stops cleanly, saving `--state`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { API_VERSION, ENGINE_VERSION } from '../daemon/version.js';
import { createWorld, type World } from '../world/world.js';
import type { CommandIO } from './main.js';
import { startServer } from './server.js';

/** Usage of `dockersim serve`. */
export const SERVE_USAGE = `Usage:  dockersim serve [OPTIONS]

Serve a simulated Docker daemon (Engine API ${API_VERSION}) to the docker CLI, dockerode and other clients.

Options:
      --allow-remote   Allow --tcp on a non-loopback address (insecure)
      --seed N         Seed of the simulated world (default 0)
      --socket PATH    Listen on this unix socket (default ${defaultSocketPath()})
      --speed X        Virtual seconds per wall-clock second (default 1)
      --state FILE     Load the world from FILE if it exists; save it there on exit
      --tcp ADDR       Listen on ADDR, e.g. 127.0.0.1:2375 (loopback only unless --allow-remote)
  -h, --help           Print usage
`;

/** Parsed `serve` options. */
export interface ServeOptions {
  readonly socket?: string;
  readonly tcp?: string;
  readonly seed: number | string;
  readonly state?: string;
  readonly speed: number;
  readonly allowRemote: boolean;
}

/** The default socket: one per user, in the temporary directory. */
export function defaultSocketPath(): string {
  return join(tmpdir(), `dockersim-${process.getuid?.() ?? 'user'}`, 'docker.sock');
}

const VALUE_FLAGS = ['--socket', '--tcp', '--seed', '--state', '--speed'] as const;

/** Parses `serve`'s arguments; a string is an error message (docker-style), `'help'` asks for usage. */
export function parseServeArgs(args: readonly string[]): ServeOptions | 'help' | string {
  const values: Record<string, string> = {};
  let allowRemote = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '-h' || arg === '--help') return 'help';
    if (arg === '--allow-remote') {
      allowRemote = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    if (!(VALUE_FLAGS as readonly string[]).includes(flag)) return `unknown ${arg.startsWith('-') ? 'flag' : 'argument'}: ${arg}`;
    const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined || value === '') return `flag needs an argument: ${flag}`;
    values[flag.slice(2)] = value;
  }
  const speed = values['speed'] === undefined ? 1 : Number(values['speed']);
  if (!(speed > 0) || !Number.isFinite(speed)) return `invalid argument "${values['speed']}" for "--speed" flag: must be a positive number`;
  const seedText = values['seed'];
  return {
    ...(values['socket'] !== undefined ? { socket: values['socket'] } : {}),
    ...(values['tcp'] !== undefined ? { tcp: values['tcp'] } : {}),
    ...(values['state'] !== undefined ? { state: values['state'] } : {}),
    seed: seedText === undefined ? 0 : /^-?\d+$/.test(seedText) ? Number(seedText) : seedText,
    speed,
    allowRemote,
  };
}

/** The world to serve: loaded from `state` if it exists (its clock moved on to now), else new from the seed. */
async function openWorld(options: ServeOptions): Promise<World> {
  if (options.state === undefined || !existsSync(options.state)) {
    return createWorld({ seed: options.seed, clock: { mode: 'realtime', start: Date.now(), speed: options.speed } });
  }
  const world = createWorld({ from: JSON.parse(readFileSync(options.state, 'utf8')), clock: { mode: 'manual' } });
  if (world.clock.now() < Date.now()) await world.clock.advanceTo(Date.now());
  world.clock.setMode('realtime', options.speed);
  return world;
}

/** Runs `dockersim serve` until SIGINT/SIGTERM; resolves to the exit code. */
export async function serve(args: readonly string[], io: CommandIO): Promise<number> {
  const options = parseServeArgs(args);
  if (options === 'help') {
    io.stdout.write(SERVE_USAGE);
    return 0;
  }
  if (typeof options === 'string') {
    io.stderr.write(`${options}\nSee 'dockersim serve --help'.\n`);
    return 125;
  }
  let world: World;
  try {
    world = await openWorld(options);
  } catch (error) {
    io.stderr.write(`dockersim: cannot load ${options.state}: ${(error as Error).message}\n`);
    return 1;
  }
  const socketPath = options.socket ?? (options.tcp === undefined ? defaultSocketPath() : undefined);
  if (socketPath !== undefined && options.socket === undefined) mkdirSync(dirname(socketPath), { recursive: true, mode: 0o700 });
  let server;
  try {
    server = await startServer({
      world,
      ...(socketPath !== undefined ? { socketPath } : {}),
      ...(options.tcp !== undefined ? { tcp: options.tcp } : {}),
      allowRemote: options.allowRemote,
      warn: (message) => io.stderr.write(`${message}\n`),
    });
  } catch (error) {
    world.dispose();
    io.stderr.write(`dockersim: ${(error as Error).message}\n`);
    return 1;
  }
  const where = [server.socketPath && `unix://${server.socketPath}`, server.tcp && `tcp://${server.tcp.host}:${server.tcp.port}`].filter(Boolean).join(' and ');
  io.stdout.write(`export DOCKER_HOST=${server.dockerHost}\n`);
  io.stdout.write(`dockersim: Docker Engine ${ENGINE_VERSION} (API ${API_VERSION}) simulated, listening on ${where} (seed ${String(world.seed)}); Ctrl-C to stop\n`);
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
  io.stderr.write(`dockersim: ${signal}, shutting down\n`);
  await server.close();
  if (options.state !== undefined) writeFileSync(options.state, `${JSON.stringify(world.save())}\n`);
  world.dispose();
  return 0;
}
