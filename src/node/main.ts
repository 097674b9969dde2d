/**
 * @module
 * The `dockersim` command's entry, separated from the bin so tests can call it: `shell` opens a
 * shell on a simulated host (so does no command at all on a terminal); `serve` serves a daemon to
 * real clients; no command without a terminal prints what a seeded daemon reports.
 */
import { createWorld } from '../world/world.js';
import { emulatedClientVersion, formatVersion } from '../cli/format/version.js';
import { serve } from './serve.js';
import { shell } from './shell.js';

function noShell(io: CommandIO): number {
  io.stderr.write('dockersim shell needs a stdin to read\n');
  return 1;
}

/** Where the command writes (and, for the shell, reads). */
export interface CommandIO {
  readonly stdout: { write(text: string | Uint8Array): unknown };
  readonly stderr: { write(text: string | Uint8Array): unknown };
  /** The terminal or script the shell reads; without it there is no shell. */
  readonly stdin?: NodeJS.ReadStream;
}

const USAGE = `Usage:  dockersim [OPTIONS]
        dockersim shell [OPTIONS]
        dockersim serve [OPTIONS]

Docker, simulated in memory. Without a command: on a terminal, a shell on a simulated host (as
'dockersim shell'); otherwise, what a seeded daemon reports (its docker version and a summary).

Commands:
  shell       A shell on a simulated Docker host, interactive or running a script from stdin (see 'dockersim shell --help')
  serve       Serve a simulated daemon to the docker CLI and other clients (see 'dockersim serve --help')

Options:
      --seed N     Seed of the simulated world (default 0)
  -h, --help       Print usage
`;

/** Runs `dockersim` with `args`; resolves to the exit code. */
export async function main(args: readonly string[], io: CommandIO): Promise<number> {
  if (args[0] === 'serve') return serve(args.slice(1), io);
  if (args[0] === 'shell') return io.stdin ? shell(args.slice(1), { ...io, stdin: io.stdin }) : noShell(io);
  let seed: number | string = 0;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '-h' || arg === '--help') {
      io.stdout.write(USAGE);
      return 0;
    }
    const eq = arg.startsWith('--seed=') ? arg.slice('--seed='.length) : undefined;
    if (arg === '--seed' || eq !== undefined) {
      const value = eq ?? args[++i];
      if (value === undefined || value === '') {
        io.stderr.write('flag needs an argument: --seed\n');
        return 125;
      }
      seed = /^-?\d+$/.test(value) ? Number(value) : value;
      continue;
    }
    io.stderr.write(`unknown ${arg.startsWith('-') ? 'flag' : 'command'}: ${arg}\nSee 'dockersim --help'.\n`);
    return 125;
  }
  if (io.stdin?.isTTY) return shell(args, { ...io, stdin: io.stdin });
  const world = createWorld({ seed });
  const docker = world.client();
  const [version, info] = await Promise.all([docker.systemVersion(), docker.systemInfo()]);
  io.stdout.write(formatVersion(emulatedClientVersion(), version));
  io.stdout.write(
    `\nSimulated host "${info.Name}" (ID ${info.ID}): ${info.Containers} containers ` +
      `(${info.ContainersRunning} running, ${info.ContainersPaused} paused, ${info.ContainersStopped} stopped), ${info.Images} images.\n`,
  );
  world.dispose();
  return 0;
}
