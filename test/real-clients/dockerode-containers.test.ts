/**
 * dockerode 5 against `startServer`, for images and containers: pull followed with
 * `modem.followProgress`, createContainer/attach (its non-upgraded raw stream, demultiplexed with
 * `modem.demuxStream`)/start/wait/logs, exec with its exit code, the 304 it treats as an error,
 * listImages/getImage, and a hijacked attach with stdin.
 */
import Docker from 'dockerode';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type EngineServer } from '../../src/node/index.js';
import { equipWorld } from '../helpers/container-world.js';

let server: EngineServer;
let docker: Docker;

beforeAll(async () => {
  server = await startServer({ seed: 22 });
  equipWorld(server.world, ['alpine']);
  docker = new Docker({ socketPath: server.socketPath! });
});
afterAll(async () => {
  await server.close();
});

/** Collects a demultiplexed stream's stdout and stderr until it ends. */
function demux(stream: NodeJS.ReadableStream): Promise<{ stdout: string; stderr: string }> {
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = '';
  let stderr = '';
  out.on('data', (c: Buffer) => (stdout += c.toString()));
  err.on('data', (c: Buffer) => (stderr += c.toString()));
  docker.modem.demuxStream(stream, out, err);
  return new Promise((resolve) => stream.on('end', () => resolve({ stdout, stderr })));
}

describe('dockerode against dockersim serve: images and containers', () => {
  it('pulls with followProgress and lists the image', async () => {
    const stream = await docker.pull('hello-world:latest');
    const events: { status?: string }[] = [];
    const output = await new Promise<{ status?: string }[]>((resolve, reject) =>
      docker.modem.followProgress(stream, (error: Error | null, result: { status?: string }[]) => (error ? reject(error) : resolve(result)), (event: { status?: string }) => events.push(event)),
    );
    expect(output.at(-1)).toEqual({ status: 'Status: Downloaded newer image for hello-world:latest' });
    expect(events.map((e) => e.status)).toContain('Pull complete');
    const images = await docker.listImages();
    expect(images.map((i) => i.RepoTags)).toContainEqual(['hello-world:latest']);
    expect((await docker.getImage('hello-world').inspect()).Config.Cmd).toEqual(['/hello']);
  });

  it('creates, attaches (raw stream, demultiplexed), starts, waits and reads logs', async () => {
    const container = await docker.createContainer({ Image: 'alpine', Cmd: ['sh', '-c', 'echo out; echo err >&2; exit 2'], name: 'odejob', AttachStdout: true, AttachStderr: true });
    const stream = await container.attach({ stream: true, stdout: true, stderr: true });
    const output = demux(stream);
    await container.start();
    expect(await container.wait()).toEqual({ StatusCode: 2, Error: null });
    expect(await output).toEqual({ stdout: 'out\n', stderr: 'err\n' });
    const logs = (await container.logs({ stdout: true, stderr: true, follow: false })) as unknown as Buffer;
    expect(logs.toString('latin1')).toBe('\u0001\u0000\u0000\u0000\u0000\u0000\u0000\u0004out\n\u0002\u0000\u0000\u0000\u0000\u0000\u0000\u0004err\n');
    expect((await container.inspect()).State).toMatchObject({ Status: 'exited', ExitCode: 2 });
    await container.remove();
  });

  it('execs with a stream and reads the exit code; 304 is an error to dockerode', async () => {
    const container = await docker.createContainer({ Image: 'alpine', Cmd: ['sleep', '600'] });
    await container.start();
    const error = (await container.start().catch((e: unknown) => e)) as { statusCode: number };
    expect(error.statusCode).toBe(304);
    const exec = await container.exec({ Cmd: ['sh', '-c', 'echo from exec; exit 6'], AttachStdout: true, AttachStderr: true });
    const stream = await exec.start({});
    expect(await demux(stream)).toEqual({ stdout: 'from exec\n', stderr: '' });
    expect(await exec.inspect()).toMatchObject({ Running: false, ExitCode: 6 });
    await container.remove({ force: true });
    expect(((await container.inspect().catch((e: unknown) => e)) as { statusCode: number }).statusCode).toBe(404);
  });

  it('hijacks attach with stdin for an interactive container', async () => {
    const container = await docker.createContainer({ Image: 'alpine', Cmd: ['cat'], OpenStdin: true, StdinOnce: true, AttachStdin: true, AttachStdout: true });
    const stream = (await container.attach({ stream: true, stdin: true, stdout: true, hijack: true })) as NodeJS.ReadWriteStream & { end(data: string): void };
    const output = demux(stream);
    await container.start();
    stream.end('typed into stdin\n');
    expect(await output).toEqual({ stdout: 'typed into stdin\n', stderr: '' });
    expect(await container.wait()).toEqual({ StatusCode: 0, Error: null });
  });

  it('networks and volumes', async () => {
    const network = await docker.createNetwork({ Name: 'odenet', Labels: { by: 'dockerode' } });
    expect((await network.inspect()).Name).toBe('odenet');
    expect((await docker.listNetworks({ filters: { label: ['by=dockerode'] } })).map((n) => n.Name)).toEqual(['odenet']);
    await network.remove();
    await docker.createVolume({ Name: 'odevol' });
    expect((await docker.getVolume('odevol').inspect()).Mountpoint).toBe('/var/lib/docker/volumes/odevol/_data');
    expect((await docker.listVolumes()).Volumes.map((v) => v.Name)).toContain('odevol');
    await docker.getVolume('odevol').remove();
    expect(((await docker.getVolume('odevol').inspect().catch((e: unknown) => e)) as { statusCode: number }).statusCode).toBe(404);
  });
});
