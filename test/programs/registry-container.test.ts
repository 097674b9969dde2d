/**
 * registry:2 as a live registry: `docker push localhost:5000/…` goes through the published port
 * into the container's own storage (/var/lib/registry), pulls come back from it, the content is
 * lost with the container and kept by a volume; other containers reach it by name; its logs.
 */
import { describe, expect, it } from 'vitest';
import type { World } from '../../src/world/world.js';
import { cliWorld } from '../cli/cli-world.js';

const settle = (world: World) => world.clock.hold(world.clock.sleep(200));

describe('registry:2 in a container', () => {
  it('refuses a push with nothing listening, then takes it through the published port and serves it back', async () => {
    const { docker, world } = cliWorld(4);
    await docker('docker pull -q alpine');
    await docker('docker tag alpine localhost:5000/alpine');
    expect(await docker('docker push localhost:5000/alpine')).toEqual({
      stdout: 'Using default tag: latest\nThe push refers to repository [localhost:5000/alpine]\n',
      stderr: 'Get "https://localhost:5000/v2/": dial tcp 127.0.0.1:5000: connect: connection refused\n',
      exitCode: 1,
    });
    await docker('docker run -d -p 5000:5000 --name registry registry:2');
    await settle(world);
    const push = await docker('docker push localhost:5000/alpine');
    expect(push.stdout).toMatch(/^Using default tag: latest\nThe push refers to repository \[localhost:5000\/alpine\]\n[0-9a-f]{12}: Preparing\n[0-9a-f]{12}: Pushed\nlatest: digest: sha256:[0-9a-f]{64} size: 527\n$/);
    expect((await docker('docker push localhost:5000/alpine')).stdout).toMatch(/: Layer already exists\n/);
    const links = await docker('docker exec registry find /var/lib/registry/docker/registry/v2/repositories -name link');
    expect(links.stdout).toContain('/var/lib/registry/docker/registry/v2/repositories/alpine/_manifests/tags/latest/current/link\n');
    await docker('docker rmi alpine localhost:5000/alpine');
    const pull = await docker('docker pull localhost:5000/alpine');
    expect(pull.stdout).toMatch(/^Using default tag: latest\nlatest: Pulling from alpine\n[0-9a-f]{12}: Pulling fs layer\n[\s\S]*: Pull complete\nDigest: sha256:[0-9a-f]{64}\nStatus: Downloaded newer image for localhost:5000\/alpine:latest\nlocalhost:5000\/alpine:latest\n$/);
    expect(await docker('docker run --rm localhost:5000/alpine cat /etc/alpine-release')).toEqual({ stdout: '3.21.3\n', stderr: '', exitCode: 0 });
    const logs = await docker('docker logs registry');
    expect(logs.stderr.split('\n')[4]).toMatch(/^time="[^"]+" level=info msg="listening on \[::\]:5000" go\.version=go1\.20\.8 instance\.id=[0-9a-f-]{36} service=registry version=2\.8\.3$/);
    expect(logs.stdout).toMatch(/^172\.17\.0\.1 - - \[01\/Jan\/2025:00:00:0\d \+0000\] "GET \/v2\/ HTTP\/1\.1" 200 2 "" "docker\/28\.2\.2 /);
    expect(logs.stdout).toContain('"PUT /v2/alpine/manifests/latest HTTP/1.1" 201 0');
  });

  it('loses its content with the container, keeps it in a named volume', async () => {
    const { docker, world } = cliWorld(5);
    await docker('docker pull -q busybox');
    await docker('docker tag busybox localhost:5000/box');
    await docker('docker run -d -p 5000:5000 --name registry registry:2');
    await settle(world);
    await docker('docker push -q localhost:5000/box');
    await docker('docker rm -f registry');
    await docker('docker run -d -p 5000:5000 --name registry registry:2');
    await settle(world);
    expect(await docker('docker pull localhost:5000/box')).toEqual({
      stdout: 'Using default tag: latest\n',
      stderr: 'Error response from daemon: manifest for localhost:5000/box:latest not found: manifest unknown: manifest unknown\n',
      exitCode: 1,
    });
    await docker('docker rm -f registry');
    await docker('docker run -d -p 5000:5000 -v registry-data:/var/lib/registry --name registry registry:2');
    await settle(world);
    await docker('docker push -q localhost:5000/box');
    await docker('docker rm -f registry');
    await docker('docker run -d -p 5000:5000 -v registry-data:/var/lib/registry --name registry2 registry:2');
    await settle(world);
    await docker('docker rmi localhost:5000/box');
    expect((await docker('docker pull -q localhost:5000/box')).stdout).toBe('localhost:5000/box:latest\n');
  });

  it('answers other containers by name on a user network with the V2 API', async () => {
    const { docker, world } = cliWorld(6);
    await docker('docker pull -q alpine');
    await docker('docker network create registry-net');
    await docker('docker run -d --network registry-net --name registry registry:2');
    await settle(world);
    expect(await docker('docker run --rm --network registry-net alpine wget -qO- http://registry:5000/v2/_catalog')).toEqual({ stdout: '{"repositories":[]}\n', stderr: '', exitCode: 0 });
    const missing = await docker('docker run --rm --network registry-net alpine wget -qO- http://registry:5000/v2/nope/manifests/latest');
    expect(missing.stderr).toBe('wget: server returned error: HTTP/1.1 404 Not Found\n');
    expect((await docker('docker exec registry registry --version')).stdout).toBe('registry github.com/docker/distribution v2.8.3\n');
  });

  it('gives the same logs, ids and digests for the same seed', async () => {
    const transcript = async () => {
      const { docker, world } = cliWorld(21);
      await docker('docker pull -q busybox');
      await docker('docker tag busybox localhost:5000/box');
      await docker('docker run -d -p 5000:5000 --name registry registry:2');
      await settle(world);
      const push = await docker('docker push localhost:5000/box');
      const logs = await docker('docker logs registry');
      return [push.stdout, logs.stdout, logs.stderr];
    };
    const [a, b] = [await transcript(), await transcript()];
    expect(a).toEqual(b);
    expect(a[2]).toMatch(/instance\.id=[0-9a-f-]{36}/);
  });
});
