/**
 * A container world with network and file programs, for end-to-end tests written before the
 * programs layer's curl/nginx/sh are merged in: `serve` is a tiny HTTP server, `fetch` an HTTP
 * client, `lookup` prints what a name resolves to, `dial` opens a raw connection, `write` and
 * `cat` write and print a file.
 */
import type { DockerClient } from '../../src/client/docker-client.js';
import { bodyText, readRequest, StreamReader, writeResponse } from '../../src/network/http/codec.js';
import { httpRequest } from '../../src/network/http/client.js';
import { NetError, type Program } from '../../src/programs/types.js';
import type { World } from '../../src/world/world.js';
import { addImage, containerWorld, IMAGES } from './container-world.js';

function failure(err: unknown): string {
  return err instanceof NetError ? `${err.code} ${err.message}` : String(err);
}

/** Test programs by name. */
export const NET_PROGRAMS: { readonly [name: string]: Program } = {
  serve: async (ctx) => {
    const port = Number(ctx.argv[1] ?? '80');
    const listener = ctx.net.listen(port);
    for (;;) {
      const socket = await listener.accept();
      if (!socket) return 0;
      void (async () => {
        const request = await readRequest(new StreamReader(socket));
        if (request) writeResponse(socket, { status: 200, headers: [['Content-Type', 'text/plain']], body: `hello from ${ctx.hostname} ${request.method} ${request.target}\n` });
        socket.end();
      })();
    }
  },
  fetch: async (ctx) => {
    await ctx.clock.sleep(100);
    try {
      const response = await httpRequest((host, port, timeoutMs) => ctx.net.connect(host, port, timeoutMs !== undefined ? { timeoutMs } : {}), ctx.argv[1]!);
      ctx.stdout.write(`${response.status} ${bodyText(response)}`);
      return 0;
    } catch (err) {
      ctx.stdout.write(`${failure(err)}\n`);
      return 1;
    }
  },
  lookup: async (ctx) => {
    try {
      ctx.stdout.write(`${(await ctx.net.resolve(ctx.argv[1]!)).join(' ')}\n`);
      return 0;
    } catch (err) {
      ctx.stdout.write(`${failure(err)}\n`);
      return 1;
    }
  },
  write: async (ctx) => {
    try {
      ctx.fs.writeFile(ctx.argv[1]!, ctx.argv.slice(2).join(' '));
      return 0;
    } catch (err) {
      ctx.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
      return 1;
    }
  },
  cat: async (ctx) => {
    try {
      ctx.stdout.write(new TextDecoder().decode(ctx.fs.readFile(ctx.argv[1]!)));
      return 0;
    } catch (err) {
      ctx.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
      return 1;
    }
  },
  dial: async (ctx) => {
    await ctx.clock.sleep(100);
    try {
      const socket = await ctx.net.connect(ctx.argv[1]!, Number(ctx.argv[2]), { timeoutMs: 5_000 });
      ctx.stdout.write('connected\n');
      socket.close();
      return 0;
    } catch (err) {
      ctx.stdout.write(`${failure(err)}\n`);
      return 1;
    }
  },
};

/** A container world whose `alpine` image also has {@link NET_PROGRAMS} (in /usr/local/bin, first in PATH). */
export function networkWorld(seed = 1): World {
  const world = containerWorld(seed);
  for (const [name, program] of Object.entries(NET_PROGRAMS)) world.programs.define(`test-${name}`, program);
  const bins = Object.fromEntries(Object.keys(NET_PROGRAMS).map((name) => [`/usr/local/bin/${name}`, { file: `#!dockersim test-${name}\n`, mode: 0o755 }]));
  addImage(world.host().daemon.images, 'alpine', { ...IMAGES['alpine']!.files(), ...bins }, IMAGES['alpine']!.config);
  return world;
}

/** Creates and starts a container; returns its id. */
export async function run(docker: DockerClient, name: string, cmd: string[], options: { network?: string; aliases?: string[]; ports?: { [port: string]: string }; expose?: string[]; binds?: string[]; autoRemove?: boolean } = {}): Promise<string> {
  const exposed = [...Object.keys(options.ports ?? {}), ...(options.expose ?? [])];
  const { Id } = await docker.containerCreate(
    {
      Image: 'alpine',
      Cmd: cmd,
      ExposedPorts: Object.fromEntries(exposed.map((p) => [p, {}])),
      HostConfig: { ...(options.binds ? { Binds: options.binds } : {}), ...(options.autoRemove ? { AutoRemove: true } : {}), NetworkMode: options.network ?? 'default', PortBindings: Object.fromEntries(Object.entries(options.ports ?? {}).map(([p, host]) => [p, [{ HostIp: '', HostPort: host }]])) },
      ...(options.aliases ? { NetworkingConfig: { EndpointsConfig: { [options.network ?? 'default']: { Aliases: options.aliases } } } } : {}),
    },
    { name },
  );
  await docker.containerStart(Id);
  return Id;
}

/** Runs a one-shot program to its end; returns its output. */
export async function output(docker: DockerClient, name: string, cmd: string[], network?: string, binds?: string[]): Promise<string> {
  const id = await run(docker, name, cmd, { ...(network ? { network } : {}), ...(binds ? { binds } : {}) });
  await docker.containerWait(id);
  const lines: string[] = [];
  for await (const entry of docker.containerLogs(id, { stdout: true, stderr: true })) lines.push(entry.line);
  return lines.join('');
}
