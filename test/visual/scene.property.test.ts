/**
 * Properties of scenes under any sequence of everyday docker commands: every edge joins two nodes
 * of the scene, a `shares` edge counts the layers two images have in common, ids are unique,
 * diffs are exact set differences, a live watch ends on the scene of the final state, and the
 * same seed and commands give the same scenes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runDocker } from '../../src/cli/run-docker.js';
import { diffScenes } from '../../src/visual/diff.js';
import type { Scene } from '../../src/visual/scene.js';
import { sceneOf } from '../../src/visual/scene-of.js';
import { watchScene } from '../../src/visual/watch.js';
import { createWorld } from '../../src/world/world.js';

const c = fc.constantFrom('c1', 'c2', 'c3');
const n = fc.constantFrom('n1', 'n2');
const v = fc.constantFrom('v1', 'v2');
const command = fc.oneof(
  fc.tuple(c, fc.option(n), fc.option(v), fc.option(fc.constantFrom(8080, 8081))).map(([name, net, vol, port]) =>
    ['docker run -d', `--name ${name}`, net ? `--network ${net}` : '', vol ? `-v ${vol}:/data` : '', port ? `-p ${port}:80` : '', 'alpine sleep 1000'].filter(Boolean).join(' '),
  ),
  c.map((name) => `docker stop -t 0 ${name}`),
  c.map((name) => `docker start ${name}`),
  c.map((name) => `docker pause ${name}`),
  c.map((name) => `docker rm -f ${name}`),
  fc.tuple(n, c).map(([net, name]) => `docker network connect ${net} ${name}`),
  n.map((net) => `docker network create ${net}`),
  n.map((net) => `docker network rm ${net}`),
  v.map((vol) => `docker volume create ${vol}`),
  v.map((vol) => `docker volume rm ${vol}`),
  fc.constant('docker tag alpine mine:v1'),
  fc.constant('docker rmi mine:v1'),
  c.map((name) => `docker commit ${name} snap`),
  fc.constant('docker rmi -f alpine'),
);

function checkWellFormed(scene: Scene): void {
  const ids = new Set(scene.nodes.map((node) => node.id));
  expect(ids.size).toBe(scene.nodes.length);
  expect(new Set(scene.edges.map((e) => e.id)).size).toBe(scene.edges.length);
  for (const edge of scene.edges) {
    expect(ids.has(edge.from), `${edge.id}: no ${edge.from}`).toBe(true);
    expect(ids.has(edge.to), `${edge.id}: no ${edge.to}`).toBe(true);
  }
  // A `shares` edge counts the bottom layers the two images have in common, one way only.
  const images = new Map(scene.nodes.flatMap((node) => (node.kind === 'image' ? [[node.id, node.layers] as const] : [])));
  for (const edge of scene.edges.filter((e) => e.kind === 'shares')) {
    const [a, b] = [images.get(edge.from)!, images.get(edge.to)!];
    let common = 0;
    while (common < a.length && a[common] === b[common]) common++;
    expect(edge.label).toBe(`${common} layer${common === 1 ? '' : 's'}`);
    expect(scene.edges.some((e) => e.kind === 'shares' && e.from === edge.to && e.to === edge.from)).toBe(false);
  }
}

async function play(commands: readonly string[]): Promise<Scene[]> {
  const world = createWorld({ seed: 11 });
  const client = world.client();
  await runDocker('docker pull alpine', { client });
  let live: Scene | undefined;
  const watch = watchScene(world, (u) => (live = u.scene));
  const scenes = [sceneOf(world.store.state)];
  for (const line of commands) {
    await runDocker(line, { client, now: () => world.clock.now() });
    const scene = sceneOf(world.store.state);
    checkWellFormed(scene);
    const before = scenes[scenes.length - 1]!;
    const diff = diffScenes(before, scene);
    const was = new Set(before.nodes.map((x) => x.id));
    const is = new Set(scene.nodes.map((x) => x.id));
    expect(diff.added.map((x) => x.id)).toEqual([...is].filter((id) => !was.has(id)));
    expect(diff.removed.map((x) => x.id).sort()).toEqual([...was].filter((id) => !is.has(id)).sort());
    expect(diff.changed.every((ch) => ch.fields.length > 0 && ch.before.id === ch.after.id)).toBe(true);
    scenes.push(scene);
  }
  expect(live ?? scenes[0]).toEqual(scenes[scenes.length - 1]);
  watch.stop();
  world.dispose();
  return scenes;
}

describe('scene properties', () => {
  it('any sequence of commands gives well-formed scenes, exact diffs, a watch that keeps up, and the same scenes again', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 12 }), async (commands) => {
        const first = await play(commands);
        const again = await play(commands);
        expect(again).toEqual(first);
      }),
      { numRuns: 20 },
    );
  }, 120_000);
});
