/**
 * Compose's behaviour through the typed API: dependency health gating, recreation of changed
 * services only, scaling with service-name DNS, idempotent `up`, and the exact plain transcript.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composeApp, world as makeWorld } from './helpers.js';

describe('depends_on: service_healthy', () => {
  const yaml = (test: string) => `services:
  db:
    image: alpine
    command: sleep 3600
    healthcheck:
      test: ["CMD", "check", "${test}"]
      interval: 1s
      retries: 2
  web:
    image: alpine
    command: sleep 3600
    depends_on:
      db:
        condition: service_healthy
`;

  it('starts the dependent once the dependency is healthy', async () => {
    const w = makeWorld();
    const { app, err } = composeApp(w, yaml('/etc/motd'));
    await app.up({ detach: true });
    const lines = err.text.split('\n');
    const healthy = lines.indexOf(' Container app-db-1  Healthy');
    expect(lines.indexOf(' Container app-db-1  Waiting')).toBeGreaterThan(lines.indexOf(' Container app-db-1  Started'));
    expect(healthy).toBeGreaterThan(lines.indexOf(' Container app-db-1  Waiting'));
    expect(lines.indexOf(' Container app-web-1  Starting')).toBeGreaterThan(healthy);
    expect((await app.ps()).map((c) => `${c.Name} ${c.State}`)).toEqual(['app-db-1 running', 'app-web-1 running']);
  });

  it('fails with compose\'s error when the dependency turns unhealthy, leaving the dependent created', async () => {
    const w = makeWorld();
    const { app, err } = composeApp(w, yaml('/nope'));
    await expect(app.up({ detach: true })).rejects.toThrow('dependency failed to start: container app-db-1 is unhealthy');
    expect(err.text).toContain(' Container app-db-1  Error\n');
    expect((await app.ps({ all: true })).map((c) => `${c.Name} ${c.State}`)).toEqual(['app-db-1 running', 'app-web-1 created']);
  });
});

const TWO = (webCommand: string) => `services:
  web:
    image: alpine
    command: ${webCommand}
  db:
    image: alpine
    command: sleep 3600
`;

describe('recreation', () => {
  it('recreates only the service whose configuration changed', async () => {
    const w = makeWorld();
    const first = composeApp(w, TWO('sleep 3600'));
    await first.app.up({ detach: true });
    const before = await first.app.ps();
    const second = composeApp(w, TWO('sleep 7200'));
    await second.app.up({ detach: true });
    expect(second.err.text).toBe(' Container app-db-1  Running\n Container app-web-1  Recreate\n Container app-web-1  Recreated\n Container app-web-1  Starting\n Container app-web-1  Started\n');
    const after = await second.app.ps();
    expect(after.find((c) => c.Service === 'db')!.Id).toBe(before.find((c) => c.Service === 'db')!.Id);
    expect(after.find((c) => c.Service === 'web')!.Id).not.toBe(before.find((c) => c.Service === 'web')!.Id);
    expect(after.map((c) => c.Name)).toEqual(['app-db-1', 'app-web-1']);
  });

  it('up is idempotent: a second up changes nothing and reports Running (any seed)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 3 }), async (seed, replicas) => {
        const w = makeWorld(seed);
        const yaml = `services:\n  web:\n    image: alpine\n    command: sleep 3600\n    scale: ${replicas}\n`;
        await composeApp(w, yaml).app.up({ detach: true });
        const ids = (await w.client().containerList({ all: true })).map((c) => c.Id).sort();
        const again = composeApp(w, yaml);
        await again.app.up({ detach: true });
        expect((await w.client().containerList({ all: true })).map((c) => c.Id).sort()).toEqual(ids);
        expect(again.err.text).toBe(Array.from({ length: replicas }, (_, i) => ` Container app-web-${i + 1}  Running\n`).join(''));
      }),
      { numRuns: 5 },
    );
  });
});

describe('scale', () => {
  it('three replicas on the project network, all resolving by the service name', async () => {
    const w = makeWorld();
    const resolved: string[][] = [];
    w.programs.define('resolve', async (ctx) => {
      resolved.push((await ctx.net.resolve(ctx.argv[1]!)).sort());
      return 0;
    });
    w.host().fs.mkdir('/probe', { recursive: true });
    w.host().fs.writeFile('/probe/resolve', '#!dockersim resolve\n', { mode: 0o755 });
    const yaml = `services:\n  web:\n    image: alpine\n    command: sleep 3600\n  probe:\n    image: alpine\n    entrypoint: ["/probe/resolve", "web"]\n    volumes:\n      - /probe:/probe:ro\n    depends_on: [web]\n`;
    const { app } = composeApp(w, yaml);
    await app.up({ detach: true, scale: { web: 3 } });
    await w.clock.hold(w.clock.sleep(1000));
    const rows = await app.ps({ services: ['web'] });
    expect(rows.map((c) => c.Name)).toEqual(['app-web-1', 'app-web-2', 'app-web-3']);
    const ips = rows.map((c) => c.NetworkSettings.Networks['app_default']!.IPAddress).sort();
    expect(new Set(ips).size).toBe(3);
    expect(resolved).toEqual([ips]);
    // Scaling down removes the highest numbers.
    await app.up({ detach: true, scale: { web: 1 } });
    expect((await app.ps({ services: ['web'] })).map((c) => c.Name)).toEqual(['app-web-1']);
  });
});

describe('transcripts', () => {
  it('down on nothing warns as Compose does', async () => {
    const w = makeWorld();
    const { app, err } = composeApp(w, TWO('sleep 1'));
    await app.down();
    expect(err.text).toBe('Warning: No resource found to remove for project "app".\n');
  });

  it('tty progress ends with the `[+] Running 3/3` block, ids padded to the widest', async () => {
    const w = makeWorld();
    const { app, err } = composeApp(w, TWO('sleep 3600'), { progress: 'tty' });
    await app.up({ detach: true });
    const last = err.text.slice(err.text.lastIndexOf('[+] Running'));
    // eslint-disable-next-line no-control-regex
    const plain = last.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');
    expect(plain.split('\n').slice(0, 4).map((l) => l.trimEnd())).toEqual([
      '[+] Running 3/3',
      ' ✔ Network app_default  Created                                             0.0s',
      ' ✔ Container app-db-1   Started                                             0.0s',
      ' ✔ Container app-web-1  Started                                             0.0s',
    ]);
  });
});
