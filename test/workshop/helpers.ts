/**
 * Helpers for the workshop suites: a world, and `docker pull` / `run -d` / `logs` / `exec` / the
 * host's browser through the typed client, as the workshop's commands do them.
 */
import { bodyText } from '../../src/network/http/codec.js';
import { createWorld, type World } from '../../src/world/world.js';

/** What `docker run` takes here. */
export interface RunOptions {
  readonly name?: string;
  readonly cmd?: readonly string[];
  readonly env?: readonly string[];
  readonly ports?: { readonly [containerPort: string]: string };
  readonly binds?: readonly string[];
  readonly workdir?: string;
  readonly network?: string;
  readonly aliases?: readonly string[];
  readonly tty?: boolean;
}

const decoder = new TextDecoder();

/** A world and the workshop's commands on it. */
export function workshop(seed = 9) {
  const world: World = createWorld({ seed });
  const docker = world.client();
  const settle = (ms: number) => world.clock.hold(world.clock.sleep(ms));
  return {
    world,
    docker,
    settle,
    async pull(ref: string): Promise<void> {
      const [repo, tag = 'latest'] = ref.split(':');
      for await (const _ of docker.imagePull({ fromImage: repo!, tag })) void _;
    },
    /** `docker run -d`; returns the id. */
    async run(image: string, o: RunOptions = {}): Promise<string> {
      const network = o.network ?? 'default';
      const { Id } = await docker.containerCreate(
        {
          Image: image,
          ...(o.cmd ? { Cmd: [...o.cmd] } : {}),
          ...(o.env ? { Env: [...o.env] } : {}),
          ...(o.workdir ? { WorkingDir: o.workdir } : {}),
          ...(o.tty ? { Tty: true } : {}),
          ExposedPorts: Object.fromEntries(Object.keys(o.ports ?? {}).map((p) => [p, {}])),
          HostConfig: {
            NetworkMode: network,
            ...(o.binds ? { Binds: [...o.binds] } : {}),
            PortBindings: Object.fromEntries(Object.entries(o.ports ?? {}).map(([p, host]) => [p, [{ HostIp: '', HostPort: host }]])),
          },
          ...(o.aliases ? { NetworkingConfig: { EndpointsConfig: { [network]: { Aliases: [...o.aliases] } } } } : {}),
        },
        o.name ? { name: o.name } : {},
      );
      await docker.containerStart(Id);
      return Id;
    },
    /** `docker logs` (stdout then stderr lines as they interleave). */
    async logs(id: string, streams: 'both' | 'stdout' | 'stderr' = 'both'): Promise<string> {
      const lines: string[] = [];
      for await (const e of docker.containerLogs(id, { stdout: streams !== 'stderr', stderr: streams !== 'stdout' })) lines.push(e.line);
      return lines.join('');
    },
    /** `docker exec [-it]`; `input` is typed on stdin. */
    async exec(id: string, cmd: readonly string[], o: { readonly tty?: boolean; readonly input?: string } = {}): Promise<{ code: number; stdout: string; stderr: string }> {
      const { Id } = await docker.containerExec(id, { Cmd: [...cmd], AttachStdout: true, AttachStderr: true, ...(o.input !== undefined ? { AttachStdin: true } : {}), ...(o.tty ? { Tty: true } : {}) });
      const session = await docker.execStart(Id, o.tty ? { Tty: true } : {});
      if (o.input !== undefined) {
        session.stdin?.write(o.input);
        session.stdin?.end();
      }
      let stdout = '';
      let stderr = '';
      const reading = (async () => {
        for await (const chunk of session.output) {
          if (chunk.stream === 'stderr') stderr += decoder.decode(chunk.data);
          else stdout += decoder.decode(chunk.data);
        }
      })();
      const code = await world.clock.hold(session.exited);
      await reading;
      return { code, stdout, stderr };
    },
    /** The host's browser. */
    async http(url: string, init: { method?: string; body?: string } = {}): Promise<{ status: number; body: string; type: string | undefined }> {
      const response = await world.host().request(url, { ...(init.method ? { method: init.method } : {}), ...(init.body !== undefined ? { body: init.body, headers: { 'Content-Type': 'application/json' } } : {}) });
      return { status: response.status, body: bodyText(response), type: response.headers.find(([n]) => n.toLowerCase() === 'content-type')?.[1] };
    },
  };
}
