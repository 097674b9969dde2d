/**
 * A world for container tests: real images (file trees whose executables name programs, stored
 * in the host's image store with real layer digests) and a few test programs registered in
 * `world.programs` beside the built-in shell.
 */
import { diffIdOf } from '../../src/fs/layer-digest.js';
import { buildTree, type SpecEntry, type TreeSpec } from '../../src/fs/tree.js';
import type { ImageConfig } from '../../src/image/config.js';
import { newImageConfig } from '../../src/image/new-config.js';
import type { ImageService } from '../../src/image/service.js';
import type { Program } from '../../src/programs/types.js';
import { createWorld, type World } from '../../src/world/world.js';
import { alpineFiles } from './images.js';
import type { Files } from './process-world.js';

/** Programs by name. */
export const PROGRAMS: { readonly [name: string]: Program } = {
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
  /** An entrypoint that ends with `exec "$@"`. */
  'docker-entrypoint.sh': async (ctx) => {
    ctx.stdout.write('entrypoint\n');
    return ctx.execve(ctx.argv.slice(1));
  },
  /** `write <path> <text>`: writes a file in the container. */
  write: async (ctx) => {
    ctx.fs.writeFile(ctx.argv[1] ?? '/tmp/out', ctx.argv[2] ?? '');
    return 0;
  },
  /** `remove <path>`. */
  remove: async (ctx) => {
    ctx.fs.rm(ctx.argv[1] ?? '/', { recursive: true });
    return 0;
  },
  /** Copies its files (or stdin) to stdout. */
  cat: async (ctx) => {
    for (const file of ctx.argv.slice(1)) ctx.stdout.write(ctx.fs.readFile(file));
    if (ctx.argv.length > 1) return 0;
    for (let chunk = await ctx.stdin.read(); chunk; chunk = await ctx.stdin.read()) ctx.stdout.write(chunk);
    return 0;
  },
  /** Exits 0 while `argv[1]` exists, else 1 with a message (a healthcheck). */
  check: async (ctx) => {
    if (ctx.fs.exists(ctx.argv[1] ?? '/tmp/healthy')) return 0;
    ctx.stdout.write('not ready\n');
    return 1;
  },
  env: async (ctx) => {
    for (const [k, v] of Object.entries(ctx.env).sort()) ctx.stdout.write(`${k}=${v}\n`);
    ctx.stdout.write(`cwd=${ctx.cwd} host=${ctx.hostname} uid=${ctx.user.uid}\n`);
    return 0;
  },
};

const PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
const exe = (program: string): SpecEntry => ({ file: `#!dockersim ${program}\n`, mode: 0o755 });

/** The test programs as executables in /usr/local/bin (first in PATH). */
function testBins(): TreeSpec {
  return Object.fromEntries(Object.keys(PROGRAMS).map((name) => [`/usr/local/bin/${name}`, exe(name)]));
}

/** A {@link Files} spec (the programs layer's test trees) as an fs {@link TreeSpec}. */
function treeSpecOf(files: Files): TreeSpec {
  const out: { [path: string]: SpecEntry } = {};
  for (const [path, spec] of Object.entries(files ?? {})) {
    if (typeof spec === 'string') out[path] = { file: spec, mode: 0o644 };
    else if (spec.symlink !== undefined) out[path] = { symlink: spec.symlink };
    else out[path] = { file: spec.data ?? '', mode: spec.mode ?? 0o644 };
  }
  return out;
}

/** The images of a container world, by tag: real file trees, stored in the host's image store. */
export const IMAGES: { readonly [tag: string]: { readonly files: () => TreeSpec; readonly config: ImageConfig } } = {
  'hello-world': { files: () => ({ '/hello': exe('hello') }), config: { Cmd: ['/hello'], Env: [PATH] } },
  alpine: { files: () => ({ ...treeSpecOf(alpineFiles()), ...testBins(), '/etc/motd': 'Welcome to Alpine!\n' }), config: { Cmd: ['/bin/sh'], Env: [PATH] } },
  web: {
    files: () => ({
      ...treeSpecOf(alpineFiles({ '/etc/passwd': 'root:x:0:0:root:/root:/bin/sh\nnode:x:1000:1000::/home/node:/bin/sh\n' })),
      ...testBins(),
      '/app/index.js': 'console.log("hi")\n',
      '/home/node': { dir: true, uid: 1000, gid: 1000 },
    }),
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

/** Adds an image made of one layer to a host's image store, tagged `tag`; returns its id. */
export function addImage(images: ImageService, tag: string, files: TreeSpec, config: ImageConfig): string {
  const tree = buildTree(files, { mtime: Date.UTC(2024, 0, 1) });
  const document = newImageConfig({ config, diffIds: [diffIdOf(tree)], history: [{ created_by: `/bin/sh -c #(nop) ADD ${tag}` }], created: Date.UTC(2024, 0, 1) });
  return images.create({ layers: [{ tree }], config: document, tags: [tag] }).id;
}

/** Makes a world with {@link IMAGES} in its default host's image store and {@link PROGRAMS} in `world.programs`. */
export function containerWorld(seed = 1): World {
  return equipWorld(createWorld({ seed }));
}

/**
 * Adds {@link PROGRAMS} and {@link IMAGES} (or only the tags in `images`) to an existing world
 * (a server's, a conformance face's).
 */
export function equipWorld(world: World, images: readonly string[] = Object.keys(IMAGES)): World {
  for (const [name, program] of Object.entries(PROGRAMS)) world.programs.define(name, program);
  const store = world.host().daemon.images;
  for (const tag of images) addImage(store, tag, IMAGES[tag]!.files(), IMAGES[tag]!.config);
  return world;
}
