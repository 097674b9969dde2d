/**
 * `docker run --init`: tini at PID 1 with the command as its child, forwarding `docker stop`'s
 * SIGTERM so `sleep` dies at once (143) instead of being killed after the timeout (137).
 */
import { describe, expect, it } from 'vitest';
import { cliWorld } from '../cli/cli-world.js';

describe('docker run --init', () => {
  it('runs the command under /sbin/docker-init and stops at once with 143', async () => {
    const { docker, world } = cliWorld(11);
    await docker('docker pull -q alpine');
    await docker('docker run -d --init --name with-init alpine sleep 300');
    await docker('docker run -d --name without-init alpine sleep 300');
    await world.clock.hold(world.clock.sleep(100));
    expect((await docker('docker exec with-init ps')).stdout).toBe('PID   USER     TIME  COMMAND\n    1 root      0:00 /sbin/docker-init -- sleep 300\n    2 root      0:00 sleep 300\n    3 root      0:00 ps\n');
    const before = world.clock.now();
    await docker('docker stop with-init');
    expect(world.clock.now() - before).toBeLessThan(1_000);
    await docker('docker stop without-init');
    expect((await docker('docker ps -a --format "{{.Names}} {{.Status}}"')).stdout).toMatch(/^without-init Exited \(137\) .*\nwith-init Exited \(143\) /);
    expect((await docker('docker inspect -f "{{.HostConfig.Init}} {{.Path}}" with-init')).stdout).toBe('true sleep\n');
  });

  it('reports a command that cannot start as tini does', async () => {
    const { docker } = cliWorld(12);
    await docker('docker pull -q alpine');
    expect(await docker('docker run --init alpine nosuchcommand')).toMatchObject({ stderr: '[FATAL tini (2)] exec nosuchcommand failed: No such file or directory\n', exitCode: 127 });
    expect(await docker('docker run --rm --init alpine /sbin/docker-init --version')).toMatchObject({ stdout: 'tini version 0.19.0 - git.de40ad0\n', exitCode: 0 });
  });
});
