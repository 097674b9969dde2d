/**
 * Scene diffs and live scenes: what changed between two scenes, one update per commit (or per
 * scheduled frame), no update for commits a picture does not show.
 */
import { describe, expect, it } from 'vitest';
import { diffScenes, isEmptyDiff } from '../../src/visual/diff.js';
import { sceneOf } from '../../src/visual/scene-of.js';
import { watchScene, type SceneUpdate } from '../../src/visual/watch.js';
import { dockerWorld, nodeLabelled } from './helpers.js';

describe('diffScenes', () => {
  it('a scene does not differ from itself', async () => {
    const { world, docker } = dockerWorld();
    await docker('docker run -d --name web alpine sleep 100');
    const scene = sceneOf(world.store.state);
    expect(isEmptyDiff(diffScenes(scene, scene))).toBe(true);
    expect(isEmptyDiff(diffScenes(scene, sceneOf(world.store.state)))).toBe(true);
  });

  it('successive scenes share the nodes of records that did not change', async () => {
    const { world, docker } = dockerWorld();
    await docker('docker run -d --name one alpine sleep 100');
    await docker('docker volume create v1');
    const before = sceneOf(world.store.state);
    await docker('docker run -d --name two alpine sleep 100');
    const after = sceneOf(world.store.state);
    const same = (label: string) => before.nodes.find((n) => n.label === label) === after.nodes.find((n) => n.label === label);
    expect(['one', 'v1', 'host', 'none'].map(same)).toEqual([true, true, true, true]);
    expect(same('alpine:latest')).toBe(false); // one more container uses it
    // The bridge's record changed (its endpoint count), but nothing a picture shows did.
    expect(same('bridge')).toBe(false);
    expect(diffScenes(before, after).changed.map((c) => c.after.label)).toEqual(['alpine:latest']);
  });

  it('stopping a container changes its status fields and deactivates its edges', async () => {
    const { world, docker } = dockerWorld();
    await docker('docker run -d --name web -p 8080:80 alpine sleep 100');
    const before = sceneOf(world.store.state);
    await docker('docker stop -t 0 web');
    const diff = diffScenes(before, sceneOf(world.store.state));
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    expect(diff.changed.map((c) => [c.after.label, c.fields])).toEqual([['web', ['status', 'exitCode', 'ports', 'state']]]);
    expect(diff.edgesChanged.map((c) => [c.after.kind, c.before.label, c.after.label, c.before.active, c.after.active])).toEqual([['endpoint', '172.17.0.2', undefined, true, false]]);
  });

  it('removing a container removes its node and edges; the image stays', async () => {
    const { world, docker } = dockerWorld();
    await docker('docker run -d --name web alpine sleep 100');
    const before = sceneOf(world.store.state);
    await docker('docker rm -f web');
    const diff = diffScenes(before, sceneOf(world.store.state));
    expect(diff.removed.map((n) => n.label)).toEqual(['web']);
    expect(diff.edgesRemoved.map((e) => e.kind)).toEqual(['uses', 'endpoint']);
    expect(diff.changed.map((c) => [c.after.label, c.fields])).toEqual([['alpine:latest', ['containers']]]);
  });
});

describe('watchScene', () => {
  it('reports each change with the events that caused it', async () => {
    const { world, docker } = dockerWorld();
    await docker('docker pull alpine');
    const updates: SceneUpdate[] = [];
    const watch = watchScene(world, (u) => updates.push(u));
    await docker('docker network create app');
    expect(updates).toHaveLength(1);
    expect(updates[0]!.diff.added.map((n) => n.label)).toEqual(['app']);
    expect(updates[0]!.events.map((e) => `${e.event.Type} ${e.event.Action}`)).toEqual(['network create']);
    expect(watch.scene).toBe(updates[0]!.scene);
    await docker('docker run -d --name web --network app alpine sleep 100');
    const actions = updates.slice(1).flatMap((u) => u.events.map((e) => e.event.Action));
    expect(actions).toEqual(['create', 'connect', 'start']);
    expect(nodeLabelled(watch.scene, 'web')).toMatchObject({ status: 'running' });
    expect(watch.scene).toEqual(sceneOf(world.store.state));
    watch.stop();
    await docker('docker rm -f web');
    expect(updates.flatMap((u) => u.events.map((e) => e.event.Action))).not.toContain('destroy');
  });

  it('coalesces commits into one update per scheduled flush', async () => {
    const { world, docker } = dockerWorld();
    const frames: (() => void)[] = [];
    const updates: SceneUpdate[] = [];
    watchScene(world, (u) => updates.push(u), { schedule: (flush) => frames.push(flush) });
    await docker('docker run -d --name web alpine sleep 100');
    expect(updates).toEqual([]);
    expect(frames).toHaveLength(1);
    frames.shift()!();
    expect(updates).toHaveLength(1);
    const [update] = updates;
    expect(update!.diff.added.map((n) => n.kind).sort()).toEqual(['container', 'image', 'layer']);
    expect(update!.events.map((e) => `${e.event.Type} ${e.event.Action}`)).toEqual(['image pull', 'container create', 'network connect', 'container start']);
  });

  it('stays quiet for commits a picture does not show (log lines)', async () => {
    const { world, docker } = dockerWorld();
    await docker('docker run -d --name talker alpine sh -c "while true; do echo tick; sleep 1; done"');
    const updates: SceneUpdate[] = [];
    let commits = 0;
    world.onCommit(() => commits++);
    watchScene(world, (u) => updates.push(u));
    await world.clock.hold(world.clock.sleep(5_000));
    expect(await docker('docker logs talker')).toContain('tick\ntick\ntick');
    expect(commits).toBeGreaterThan(3);
    expect(updates).toEqual([]);
  });

  it('follows a time travel: replacing the state shows the old picture', async () => {
    const { world, docker } = dockerWorld();
    const empty = world.store.state;
    await docker('docker volume create old');
    const updates: SceneUpdate[] = [];
    watchScene(world, (u) => updates.push(u));
    world.store.replace(empty);
    expect(updates.map((u) => u.diff.removed.map((n) => n.label))).toEqual([['old']]);
  });
});
