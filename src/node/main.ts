/**
 * @module
 * The `dockersim` command's entry, separated from the bin so tests can call it: without a
 * command it prints what a seeded daemon reports; `serve` serves one to real clients.
 */
import { createWorld } from '../world/world.js';
import { emulatedClientVersion, formatVersion } from '../cli/format/version.js';
import { serve } from './serve.js';

/** Where the command writes. */
export interface CommandIO {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
}

const USAGE = `Usage:  dockersim [OPTIONS]
        dockersim serve [OPTIONS]

Docker, simulated in memory. Without a command, prints what a seeded daemon reports.

Commands:
  serve       Serve a simulated daemon to the docker CLI and other clients (see 'dockersim serve --help')

Options:
      --seed N     Seed of the simulated world (default 0)
  -h, --help       Print usage
`;

/** Runs `dockersim` with `args`; resolves to the exit code. */
export async function main(args: readonly string[], io: CommandIO): Promise<number> {
  if (args[0] === 'serve') return serve(args.slice(1), io);
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
