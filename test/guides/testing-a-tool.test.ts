import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DockerClient } from 'dockersim';
import { startServer } from 'dockersim/node';
import { arbitraries, testWorld } from 'dockersim/testing';

// The code under test: removes the exited containers of one project, says how many went.
async function cleanup(docker: DockerClient, project: string): Promise<number> {
  const exited = await docker.containerList({ all: true, filters: { status: ['exited'], label: [`project=${project}`] } });
  for (const c of exited) await docker.containerDelete(c.Id);
  return exited.length;
}

async function run(docker: DockerClient, name: string, project: string, cmd: string[]): Promise<void> {
  await docker.containerCreate({ Image: 'busybox', Cmd: cmd, Labels: { project } }, { name });
  await docker.containerStart(name);
}

describe('cleanup', () => {
  it('removes exited containers of the project and nothing else', async () => {
    const { world, docker } = testWorld();
    for await (const _ of docker.imagePull({ fromImage: 'busybox', tag: 'latest' }));
    await run(docker, 'job1', 'shop', ['true']);
    await run(docker, 'job2', 'shop', ['false']);
    await run(docker, 'web', 'shop', ['sleep', '600']);
    await run(docker, 'other', 'blog', ['true']);
    await docker.containerWait('job2');

    expect(await cleanup(docker, 'shop')).toBe(2);
    const left = await docker.containerList({ all: true });
    expect(left.map((c) => c.Names[0]).sort()).toEqual(['/other', '/web']);
    world.dispose();
  });

  it('leaves every running container, whatever the names (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(arbitraries.containerName(), { minLength: 1, maxLength: 5 }), async (names) => {
        const { world, docker } = testWorld();
        for await (const _ of docker.imagePull({ fromImage: 'busybox', tag: 'latest' }));
        for (const name of names) await run(docker, name, 'p', ['sleep', '600']);
        expect(await cleanup(docker, 'p')).toBe(0);
        expect(await docker.containerList()).toHaveLength(names.length);
        world.dispose();
      }),
      { numRuns: 20 },
    );
  });
});

// A tool that shells out to the docker CLI: point the real client at a simulated daemon.
const hasDocker = await promisify(execFile)('docker', ['--version']).then(() => true, () => false);

describe.skipIf(!hasDocker)('a script over the real docker CLI', () => {
  it('sees what the simulated daemon holds', async () => {
    const server = await startServer({ seed: 3 });
    const docker = (...args: string[]) => promisify(execFile)('docker', args, { env: { ...process.env, DOCKER_HOST: server.dockerHost } });
    try {
      await docker('run', '--name', 'once', '--label', 'project=shop', 'busybox', 'echo', 'hi');
      const { stdout } = await docker('ps', '-a', '--filter', 'label=project=shop', '--format', '{{.Names}} {{.Status}}');
      expect(stdout).toBe('once Exited (0) Less than a second ago\n');
    } finally {
      await server.close();
    }
  });
});
