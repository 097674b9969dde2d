/**
 * A seeded world with a docker CLI bound to it, for transcript tests: `docker(line, stdin?)`
 * runs a command line as the emulator on the world's default host (its files as the CLI's
 * machine, working directory `/work`), `step` runs a transcript step — a command line, or
 * `# sleep <ms>` to let virtual time pass.
 */
import { runDocker, type DockerResult } from '../../src/cli/run-docker.js';
import { createWorld, type World } from '../../src/world/world.js';

/** A world and its CLI. */
export interface CliWorld {
  readonly world: World;
  docker(line: string, stdin?: string): Promise<DockerResult>;
  step(line: string, stdin?: string): Promise<DockerResult>;
}

/** A fresh world (seed `seed`) with `/work` on its host. */
export function cliWorld(seed = 1, env: { readonly [name: string]: string } = { HOME: '/root' }): CliWorld {
  const world = createWorld({ seed });
  const host = world.host();
  host.fs.mkdir('/work', { recursive: true });
  const config = {};
  // One client for the whole session: it holds the CLI's logins (its config.json).
  const client = world.client();
  const docker = (line: string, stdin?: string) =>
    runDocker(line, { client, env, config, host: { fs: host.fs, cwd: '/work' }, now: () => world.clock.now(), ...(stdin !== undefined ? { stdin } : {}) });
  return {
    world,
    docker,
    step: async (line, stdin) => {
      const sleep = /^# sleep (\d+)$/.exec(line);
      if (sleep) {
        await world.clock.hold(world.clock.sleep(Number(sleep[1])));
        return { stdout: '', stderr: '', exitCode: 0 };
      }
      return docker(line, stdin);
    },
  };
}
