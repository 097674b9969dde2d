/**
 * A world whose default host knows a few images and programs, for container tests written before
 * the image store and the programs layer are merged in: images are plain configs, programs are
 * looked up by argv[0]'s basename.
 */
import { DockerError } from '../../src/core/errors.js';
import type { ImageRunConfig } from '../../src/container/config.js';
import type { ProgramResolver } from '../../src/container/hooks.js';
import type { Program } from '../../src/programs/types.js';
import { createWorld, type World } from '../../src/world/world.js';

/** Programs by name. */
export const PROGRAMS: { readonly [name: string]: Program } = {
  hello: async (ctx) => {
    ctx.stdout.write('\nHello from Docker!\nThis message shows that your installation appears to be working correctly.\n');
    return 0;
  },
  echo: async (ctx) => {
    ctx.stdout.write(`${ctx.argv.slice(1).join(' ')}\n`);
    return 0;
  },
  sleep: async (ctx) => {
    await ctx.clock.sleep(Number(ctx.argv[1] ?? '0') * 1000);
    return 0;
  },
  exit: async (ctx) => Number(ctx.argv[1] ?? '0'),
  'trap-term': async (ctx) => {
    ctx.signals.on('SIGTERM', () => ctx.exit(0));
    await ctx.clock.sleep(3_600_000);
    return 0;
  },
  'term-then-exit': async (ctx) => {
    await ctx.signals.next('SIGTERM');
    return 0;
  },
  ticker: async (ctx) => {
    for (let i = 1; ; i++) {
      ctx.stdout.write(`tick ${i}\n`);
      if (i % 2 === 0) ctx.stderr.write(`even ${i}\n`);
      await ctx.clock.sleep(1000);
    }
  },
  hog: async (ctx) => {
    await ctx.clock.sleep(500);
    ctx.setMemoryUsage?.(Number(ctx.argv[1] ?? '0'));
    await ctx.clock.sleep(3_600_000);
    return 0;
  },
  env: async (ctx) => {
    for (const [k, v] of Object.entries(ctx.env).sort()) ctx.stdout.write(`${k}=${v}\n`);
    ctx.stdout.write(`cwd=${ctx.cwd} host=${ctx.hostname} uid=${ctx.user.uid}\n`);
    return 0;
  },
};

/** A resolver over {@link PROGRAMS}: 127 for anything else. */
export const programResolver: ProgramResolver = {
  resolve(argv) {
    const name = (argv[0] ?? '').split('/').pop() ?? '';
    const program = PROGRAMS[name];
    if (program) return program;
    return { exitCode: 127, detail: `exec: ${JSON.stringify(argv[0] ?? '')}: executable file not found in $PATH` };
  },
};

/** Images by reference. */
export const IMAGES: { readonly [ref: string]: { readonly id: string; readonly config: ImageRunConfig } } = {
  'hello-world': { id: `sha256:${'1'.repeat(64)}`, config: { Cmd: ['/hello'], Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'] } },
  alpine: { id: `sha256:${'2'.repeat(64)}`, config: { Cmd: ['/bin/sh'], Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'] } },
  web: {
    id: `sha256:${'3'.repeat(64)}`,
    config: {
      Entrypoint: ['docker-entrypoint.sh'],
      Cmd: ['sleep', '3600'],
      Env: ['PATH=/usr/local/bin:/usr/bin:/bin', 'NODE_VERSION=20'],
      ExposedPorts: { '3000/tcp': {} },
      Labels: { maintainer: 'me', tier: 'web' },
      WorkingDir: '/app',
      User: 'node',
      StopSignal: 'SIGQUIT',
      Healthcheck: { Test: ['CMD-SHELL', 'true'], Interval: 5_000_000_000 },
      Volumes: { '/data': {} },
    },
  },
};

/** Makes a world with {@link IMAGES} and {@link PROGRAMS} on its default host. */
export function containerWorld(seed = 1): World {
  const world = createWorld({ seed });
  const hooks = world.host().daemon.containers.runtime.hooks;
  hooks.programs = programResolver;
  hooks.images = {
    resolve: (ref) => {
      const bare = ref.replace(/:latest$/, '');
      const image = IMAGES[bare] ?? Object.values(IMAGES).find((i) => i.id === ref);
      return image ?? new DockerError('NotFound', `No such image: ${ref.includes(':') ? ref : `${ref}:latest`}`);
    },
  };
  return world;
}
