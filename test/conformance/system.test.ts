/**
 * System behaviour, on every face: ping, version, info, the events stream (replay, live events,
 * filters, the `until` that ends it) and its errors.
 */
import { expect, it } from 'vitest';
import type { EventSpec } from '../../src/core/events.js';
import type { World } from '../../src/world/world.js';
import { agree, collect, conformance, outcome } from './harness.js';

const emit = (world: World, ...specs: EventSpec[]) => world.host().daemon.ctx.commit(() => {}, specs);
const pass = (world: World, ms: number) => world.clock.hold(world.clock.sleep(ms));

conformance('system', (face) => {
  it('answers ping with OK', async () => {
    expect(await face().docker.systemPing()).toBe('OK');
  });

  it('reports Engine 28.2.2, API 1.50 (minimum 1.24) on linux/amd64', async () => {
    expect(await face().docker.systemVersion()).toMatchObject({ Version: '28.2.2', ApiVersion: '1.50', MinAPIVersion: '1.24', Os: 'linux', Arch: 'amd64' });
  });

  it('reports the host in info, with its counts', async () => {
    const info = await face().docker.systemInfo();
    expect(info).toMatchObject({ Name: 'dockersim', ServerVersion: '28.2.2', OSType: 'linux', Containers: 0, Images: 0, Swarm: { LocalNodeState: 'inactive' } });
    expect(info.ID).toBe(face().world.host().state.id);
  });

  it('replays past events in the window, filtered, and ends at until', async () => {
    const { world, docker } = face();
    const t0 = world.clock.now();
    emit(world, { Type: 'container', Action: 'create', id: 'c1', attributes: { image: 'alpine', name: 'web' } });
    await pass(world, 1000);
    emit(world, { Type: 'network', Action: 'connect', id: 'n1', attributes: { container: 'c1', name: 'bridge', type: 'bridge' } });
    await pass(world, 1000);
    const all = await collect(docker.systemEvents({ since: t0, until: world.clock.now() }));
    expect(all.map((e) => `${e.Type} ${e.Action} ${e.time - t0 / 1000}`)).toEqual(['container create 0', 'network connect 1']);
    const containers = await collect(docker.systemEvents({ since: t0, until: world.clock.now(), filters: { type: ['container'] } }));
    expect(containers.map((e) => e.Actor.Attributes['name'])).toEqual(['web']);
  });

  it('delivers events while the stream is open, and stops at until in virtual time', async () => {
    const { world, docker } = face();
    const t0 = world.clock.now();
    const stream = collect(docker.systemEvents({ since: t0, until: t0 + 10_000 }));
    await pass(world, 2000);
    emit(world, { Type: 'volume', Action: 'create', id: 'v1', attributes: { driver: 'local' } });
    const events = await stream;
    expect(events.map((e) => `${e.Actor.ID}@${e.time - t0 / 1000}`)).toEqual(['v1@2']);
    expect(world.clock.now() - t0).toBe(10_000);
  });

  it('refuses a window that ends before it starts, with the daemon\'s message', async () => {
    const { world, docker } = face();
    const t = world.clock.now();
    const result = await outcome(collect(docker.systemEvents({ since: t, until: t - 1000 })));
    expect(result).toEqual({ error: 'InvalidParameter', message: `\`since\` time (${t / 1000}) cannot be after \`until\` time (${t / 1000 - 1})` });
  });
});

agree('ping, version, info and a day of events', async ({ world, docker }) => {
  const t0 = world.clock.now();
  emit(world, { Type: 'image', Action: 'pull', id: 'alpine:latest', attributes: { name: 'alpine' } });
  await pass(world, 86_400_000);
  emit(world, { Type: 'container', Action: 'start', id: 'c9', attributes: { image: 'alpine', name: 'x<y>' } });
  return {
    ping: await docker.systemPing(),
    version: await docker.systemVersion(),
    info: await docker.systemInfo(),
    events: await collect(docker.systemEvents({ since: t0, until: world.clock.now() })),
    labelled: await collect(docker.systemEvents({ since: t0, until: world.clock.now(), filters: { image: ['alpine'], event: ['start'] } })),
    error: await outcome(collect(docker.systemEvents({ since: t0 + 1, until: t0 }))),
  };
});
