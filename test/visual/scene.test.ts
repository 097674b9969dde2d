/**
 * The scene of a world after what users type: images and their shared layers, containers with
 * status, ports and mounts, networks with endpoint addresses, volumes, pushed repositories.
 */
import { describe, expect, it } from 'vitest';
import { sceneOf } from '../../src/visual/scene-of.js';
import type { Scene } from '../../src/visual/scene.js';
import { dockerWorld, nodeLabelled, nodesOf } from './helpers.js';

describe('sceneOf', () => {
  it('a fresh daemon shows only the predefined networks', () => {
    const { world } = dockerWorld();
    const scene = sceneOf(world.store.state);
    expect(scene.hosts).toEqual(['default']);
    expect(scene.edges).toEqual([]);
    expect(nodesOf(scene, 'network').map((n) => [n.label, n.driver, n.subnet, n.gateway, n.predefined])).toEqual([
      ['bridge', 'bridge', '172.17.0.0/16', '172.17.0.1', true],
      ['host', 'host', undefined, undefined, true],
      ['none', 'null', undefined, undefined, true],
    ]);
    expect(scene.nodes).toHaveLength(3);
  });

  it('images share one node per layer, with counts and sizes as docker images shows them', async () => {
    const { world, docker } = dockerWorld();
    await docker('docker pull alpine');
    await docker('docker tag alpine mine:v1');
    const scene = sceneOf(world.store.state);
    const [alpine, ...rest] = nodesOf(scene, 'image');
    expect(rest).toEqual([]);
    expect(alpine!.tags).toEqual(['alpine:latest', 'mine:v1']);
    expect(alpine!.label).toBe('alpine:latest');
    expect(alpine!.dangling).toBe(false);
    const layers = nodesOf(scene, 'layer');
    expect(alpine!.layers).toEqual(layers.map((l) => l.id));
    expect(alpine!.size).toBe(layers.reduce((sum, l) => sum + l.size, 0));
    expect(layers.every((l) => l.images === 1)).toBe(true);
    const images = await docker('docker images --format "{{.ID}} {{.Size}}" alpine');
    expect(images.split(' ')[0]).toBe(alpine!.imageId.slice(7, 19));
    expect(scene.edges.filter((e) => e.kind === 'layer').map((e) => [e.from, e.to, e.label])).toEqual(layers.map((l, i) => [alpine!.id, l.id, String(i)]));
  });

  it('a running container: status, published port, endpoint address on its network, volume mount', async () => {
    const { world, docker } = dockerWorld();
    await docker('docker network create todo-app');
    await docker('docker volume create todo-db');
    await docker('docker run -d --name web --network todo-app -p 8080:80 -v todo-db:/data -v /srv:/srv:ro alpine sleep 1000');
    const scene = sceneOf(world.store.state);
    const web = nodeLabelled(scene, 'web');
    expect(web).toMatchObject({ kind: 'container', status: 'running', image: 'alpine', command: 'sleep 1000', exitCode: 0 });
    if (web.kind !== 'container') throw new Error('not a container');
    expect(web.ports).toEqual([{ containerPort: 80, protocol: 'tcp', hostIp: '0.0.0.0', hostPort: 8080 }, { containerPort: 80, protocol: 'tcp', hostIp: '::', hostPort: 8080 }]);
    expect(web.binds).toEqual([{ source: '/srv', destination: '/srv', readOnly: true }]);
    const net = nodeLabelled(scene, 'todo-app');
    expect(net).toMatchObject({ kind: 'network', subnet: '172.18.0.0/16', gateway: '172.18.0.1', predefined: false });
    const edges = scene.edges.filter((e) => e.from === web.id).map((e) => [e.kind, e.to, e.label, e.active]);
    expect(edges).toEqual([
      ['uses', nodesOf(scene, 'image')[0]!.id, undefined, true],
      ['mount', 'default/volume/todo-db', '/data', true],
      ['endpoint', net.id, '172.18.0.2', true],
    ]);
    expect(nodeLabelled(scene, 'todo-db')).toMatchObject({ kind: 'volume', refs: 1, anonymous: false });
    expect(nodesOf(scene, 'image')[0]!.containers).toBe(1);
  });

  it('a stopped container keeps its edges, inactive, and loses its address', async () => {
    const { world, docker } = dockerWorld();
    await docker('docker run -d --name web -v data:/data alpine sleep 1000');
    await docker('docker stop -t 0 web');
    const scene = sceneOf(world.store.state);
    expect(nodeLabelled(scene, 'web')).toMatchObject({ status: 'exited', exitCode: 137 });
    expect(scene.edges.filter((e) => e.kind === 'endpoint' || e.kind === 'mount').map((e) => [e.kind, e.label, e.active])).toEqual([
      ['mount', '/data', false],
      ['endpoint', undefined, false],
    ]);
  });

  it('anonymous volumes are labelled by their short name and marked', async () => {
    const { world, docker } = dockerWorld();
    await docker('docker create -v /cache alpine');
    const [volume] = nodesOf(sceneOf(world.store.state), 'volume');
    expect(volume!.anonymous).toBe(true);
    expect(volume!.label).toBe(volume!.name.slice(0, 12));
    expect(volume!.name).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a classic build hides its intermediate images unless asked, as docker images and images -a do', async () => {
    const { world, docker } = dockerWorld();
    const client = world.client();
    for await (const _ of client.imageBuild({ files: { Dockerfile: 'FROM alpine\nRUN echo hi > /greeting\nCMD ["cat", "/greeting"]\n' } }, { tags: ['app'] })) void _;
    const plain = nodesOf(sceneOf(world.store.state), 'image');
    expect(plain.map((i) => i.label).sort()).toEqual(['alpine:latest', 'app:latest']);
    const all = nodesOf(sceneOf(world.store.state, { intermediates: true }), 'image');
    expect(all).toHaveLength(3);
    const intermediate = all.find((i) => i.intermediate)!;
    expect(intermediate.dangling).toBe(true);
    const scene = sceneOf(world.store.state, { intermediates: true });
    const app = nodeLabelled(scene, 'app:latest');
    expect(scene.edges.filter((e) => e.kind === 'parent').map((e) => [e.from, e.to]).sort()).toEqual([
      [intermediate.id, nodeLabelled(scene, 'alpine:latest').id],
      [app.id, intermediate.id],
    ].sort());
    expect((await docker('docker images -a -q')).split('\n')).toHaveLength(3);
  });

  it('an image without a shown parent points at the image it shares the most bottom layers with', async () => {
    const { world } = dockerWorld();
    const client = world.client();
    const build = async (dockerfile: string, tag: string) => {
      for await (const _ of client.imageBuild({ files: { Dockerfile: dockerfile } }, { tags: [tag] })) void _;
    };
    await build('FROM alpine\nRUN echo hi > /greeting\nCMD ["cat", "/greeting"]\n', 'app');
    await build('FROM app\nRUN echo there >> /greeting\nCMD ["cat", "/greeting"]\n', 'app2');
    const nodeLabel = (scene: Scene, id: string) => scene.nodes.find((n) => n.id === id)?.label;
    const shares = (scene: Scene) => scene.edges.filter((e) => e.kind === 'shares').map((e) => [nodeLabel(scene, e.from), nodeLabel(scene, e.to), e.label]);
    // app's parent is a hidden intermediate, so it shares alpine's layer; app2 shares app's two, not alpine's one.
    expect(shares(sceneOf(world.store.state))).toEqual([
      ['app:latest', 'alpine:latest', '1 layer'],
      ['app2:latest', 'app:latest', '2 layers'],
    ]);
    // With the intermediates shown, every image's base is its parent: the parent edges say it all.
    const all = sceneOf(world.store.state, { intermediates: true });
    expect(shares(all)).toEqual([]);
    expect(all.edges.filter((e) => e.kind === 'parent')).toHaveLength(4);
    const layers = nodesOf(sceneOf(world.store.state), 'layer');
    expect(layers.map((l) => l.images)).toEqual([3, 2, 1]);
  });

  it('a push shows the repository and ties the image to it', async () => {
    const { world, docker } = dockerWorld();
    world.registry('localhost:5000');
    await docker('docker pull alpine');
    await docker('docker tag alpine localhost:5000/app:v1');
    await docker('docker tag alpine localhost:5000/app:v2');
    expect(nodesOf(sceneOf(world.store.state), 'repository')).toEqual([]);
    await docker('docker push localhost:5000/app:v1');
    const scene = sceneOf(world.store.state);
    expect(nodesOf(scene, 'repository').map((r) => [r.id, r.label, r.tags])).toEqual([['registry/localhost:5000/app', 'localhost:5000/app', ['v1']]]);
    expect(scene.registries).toEqual(['localhost:5000']);
    expect(scene.edges.filter((e) => e.kind === 'tagged').map((e) => [e.to, e.label])).toEqual([['registry/localhost:5000/app', 'v1']]);
    expect(nodesOf(sceneOf(world.store.state, { registries: false }), 'repository')).toEqual([]);
  });

  it('every host has its own nodes; a host filter picks them', async () => {
    const { world } = dockerWorld();
    world.addHost('ci');
    await world.client('ci').volumeCreate({ Name: 'cache' });
    const scene = sceneOf(world.store.state);
    expect(scene.hosts).toEqual(['default', 'ci']);
    expect(nodeLabelled(scene, 'cache').id).toBe('ci/volume/cache');
    expect(sceneOf(world.store.state, { hosts: ['ci'] }).nodes.every((n) => n.host === 'ci')).toBe(true);
  });
});
