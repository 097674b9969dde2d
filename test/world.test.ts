import { describe, expect, it } from 'vitest';
import { createWorld } from '../src/world/world.js';
import { everydayScenario } from './scenarios/everyday.js';

describe('world', () => {
  it('answers ping, version (API 1.50, linux/amd64) and info', async () => {
    const world = createWorld({ seed: 7 });
    const docker = world.client();
    expect(await docker.systemPing()).toBe('OK');
    const version = await docker.systemVersion();
    expect(version).toMatchObject({ ApiVersion: '1.50', MinAPIVersion: '1.24', Os: 'linux', Arch: 'amd64' });
    const info = await docker.systemInfo();
    expect(info).toMatchObject({ Containers: 0, Images: 0, OSType: 'linux', Name: 'dockersim', ServerVersion: '28.2.2' });
    expect(info.ID).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('holds several hosts, each with its own daemon', async () => {
    const world = createWorld({ seed: 1, hosts: ['build', 'prod'] });
    expect(world.hosts().map((h) => h.name)).toEqual(['default', 'build', 'prod']);
    const ids = await Promise.all(world.hosts().map(async (h) => (await h.client().systemInfo()).ID));
    expect(new Set(ids).size).toBe(3);
    expect(() => world.host('nope')).toThrow('no host named nope');
    expect(() => world.addHost('build')).toThrow('already exists');
    expect(() => world.addHost('bad name')).toThrow('invalid host name');
  });

  it('save() is plain JSON and createWorld({ from }) restores it exactly', async () => {
    const world = createWorld({ seed: 3 });
    await everydayScenario(world);
    const saved = world.save();
    const json = JSON.parse(JSON.stringify(saved));
    const restored = createWorld({ from: json });
    expect(restored.save()).toEqual(saved);
    expect(restored.clock.now()).toBe(world.clock.now());
    // The restored world continues exactly as the original would.
    expect(restored.host('ci').daemon.ctx.newId()).toBe(world.host('ci').daemon.ctx.newId());
    expect(await restored.client('ci').systemInfo()).toEqual(await world.client('ci').systemInfo());
  });

  it('refuses a malformed saved world', () => {
    expect(() => createWorld({ from: { format: 'x' } as never })).toThrow('unsupported saved world format');
  });

  it('streams events with since/until in virtual time', async () => {
    const world = createWorld({ seed: 1 });
    const ctx = world.host().daemon.ctx;
    const t0 = world.clock.now();
    ctx.commit(() => {}, [{ Type: 'daemon', Action: 'reload', id: ctx.state.id }]);
    const docker = world.client();
    const live = docker.systemEvents({ since: t0, until: t0 + 5_000 });
    const seen: string[] = [];
    const consuming = (async () => {
      for await (const e of live) seen.push(`${e.Action}@${e.time - t0 / 1000}`);
    })();
    await world.clock.hold(world.clock.sleep(2_000));
    ctx.commit(() => {}, [{ Type: 'daemon', Action: 'reload', id: ctx.state.id }]);
    await consuming;
    expect(seen).toEqual(['reload@0', 'reload@2']);
    expect(world.clock.now() - t0).toBe(5_000);
  });
});
