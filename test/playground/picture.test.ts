/**
 * The picture's pure parts: the layout (every card placed, none overlapping, columns by kind,
 * stable under unrelated changes), edge curves, and the colours users learn to read.
 */
import { describe, expect, it } from 'vitest';
import { sceneOf } from 'dockersim';
import { containerColour, layerColour } from '../../playground/src/picture/colours.js';
import { curveBetween, pathOf, pointAt } from '../../playground/src/picture/edges.js';
import { layoutScene, type Box } from '../../playground/src/picture/layout.js';
import { headlessPlayground } from './helpers.js';

const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

async function busyPlayground() {
  const pg = await headlessPlayground();
  pg.session.world.registry('localhost:5000');
  for (const line of [
    'docker network create app',
    'docker volume create data',
    'docker run -d --name web --network app -v data:/data -p 8080:80 alpine sleep 1000',
    'docker run -d --name worker alpine sleep 1000',
    'docker create -v /cache busybox',
    'docker tag alpine localhost:5000/app:v1',
    'docker push localhost:5000/app:v1',
  ]) {
    const output = await pg.type(line);
    expect(await pg.status(), `${line}\n${output}`).toBe(0);
  }
  return pg;
}

describe('layoutScene', () => {
  it('places every card but layers, in its column, without overlaps', async () => {
    const pg = await busyPlayground();
    const scene = sceneOf(pg.session.world.store.state);
    const layout = layoutScene(scene);
    const cards = scene.nodes.filter((n) => n.kind !== 'layer');
    expect([...layout.boxes.keys()].sort()).toEqual(cards.map((n) => n.id).sort());
    const boxes = [...layout.boxes.values()];
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
    for (const box of boxes) expect(box.x + box.w <= layout.width && box.y + box.h <= layout.height).toBe(true);
    const column = (kind: string) => new Set(cards.filter((n) => n.kind === kind).map((n) => layout.boxes.get(n.id)!.x));
    expect(column('image').size).toBe(1);
    expect(column('container').size).toBe(1);
    expect([...column('network')]).toEqual([...column('volume')]);
    expect(layout.headings.map((h) => h.text)).toEqual(['Registries', 'Host default — Docker Engine', 'Images', 'Containers', 'Networks', 'Volumes']);
  });

  it('is a function of the scene, and a new container moves nothing above it', async () => {
    const pg = await busyPlayground();
    const before = layoutScene(sceneOf(pg.session.world.store.state));
    expect(layoutScene(sceneOf(pg.session.world.store.state))).toEqual(before);
    await pg.type('docker run -d --name third alpine sleep 1000');
    const after = layoutScene(sceneOf(pg.session.world.store.state));
    for (const [id, box] of before.boxes) expect(after.boxes.get(id), id).toEqual(box);
  });
});

describe('edges and colours', () => {
  it('joins side to side across columns, and arcs beside a shared column', () => {
    const a = { x: 0, y: 0, w: 100, h: 40 };
    const across = curveBetween(a, { x: 200, y: 100, w: 100, h: 40 });
    expect(across.from).toEqual([100, 20]);
    expect(across.to).toEqual([200, 120]);
    expect(pointAt(across, 0)).toEqual([100, 20]);
    expect(pointAt(across, 1)).toEqual([200, 120]);
    const back = curveBetween({ x: 200, y: 0, w: 100, h: 40 }, a);
    expect([back.from, back.to]).toEqual([[200, 20], [100, 20]]);
    const same = curveBetween(a, { x: 0, y: 100, w: 100, h: 40 });
    expect(same.c1[0]).toBeLessThan(0);
    expect(pathOf(across)).toBe('M100.0,20.0 C150.0,20.0 150.0,120.0 200.0,120.0');
  });

  it.each([
    [{ status: 'running' as const, exitCode: 0 }, '#2f9e44'],
    [{ status: 'exited' as const, exitCode: 0 }, '#868e96'],
    [{ status: 'exited' as const, exitCode: 137 }, '#e03131'],
    [{ status: 'created' as const, exitCode: 0 }, '#4c6ef5'],
    [{ status: 'paused' as const, exitCode: 0 }, '#e0b100'],
  ])('container %j is %s', (node, colour) => {
    expect(containerColour(node)).toBe(colour);
  });

  it('a layer has one colour wherever it appears', () => {
    expect(layerColour('sha256:0a1b2c3d')).toBe(layerColour('sha256:0a1b2c3d'));
    expect(layerColour('sha256:0a1b2c3d')).not.toBe(layerColour('sha256:ffee00aa'));
  });
});
