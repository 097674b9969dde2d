/**
 * redis through the docker CLI: the server's log lines, redis-cli from a second container over a
 * user network by name, reply formats on and off a terminal, errors as redis words them, TTLs on
 * the virtual clock, and the dump saved on `docker stop` and loaded on start.
 */
import { describe, expect, it } from 'vitest';
import type { World } from '../../src/world/world.js';
import { cliWorld } from '../cli/cli-world.js';

const settle = (world: World, ms = 200) => world.clock.hold(world.clock.sleep(ms));
/** The lines every start logs before loading data. */
const BANNER = [
  '1:C TIME * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo',
  '1:C TIME * Redis version=7.4.2, bits=64, commit=00000000, modified=0, pid=1, just started',
  '1:C TIME # Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf',
  '1:M TIME * monotonic clock: POSIX clock_gettime',
  '1:M TIME * Running mode=standalone, port=6379.',
  '1:M TIME * Server initialized',
];

const stamp = (text: string) => text.replace(/\d\d \w{3} \d{4} \d\d:\d\d:\d\d\.\d{3}/g, 'TIME').replace(/\(\d+\)/, '(T)');

describe('redis', () => {
  it('starts with the 7.4 banner, answers redis-cli from another container by name, saves on stop and loads on start', async () => {
    const { docker, world } = cliWorld(4);
    await docker('docker pull -q redis');
    await docker('docker pull -q redis:alpine');
    await docker('docker network create app');
    await docker('docker run -d --network app --name redis redis');
    await settle(world);
    expect(await docker('docker run --rm --network app redis:alpine redis-cli -h redis SET greeting hello')).toEqual({ stdout: 'OK\n', stderr: '', exitCode: 0 });
    expect((await docker('docker exec redis redis-cli GET greeting')).stdout).toBe('hello\n');
    expect((await docker('docker run --rm --network app redis:alpine redis-cli -h nope PING')).stderr).toBe('Could not connect to Redis at nope:6379: Name does not resolve\n');
    expect((await docker('docker run --rm redis redis-cli PING')).stderr).toBe('Could not connect to Redis at 127.0.0.1:6379: Connection refused\n');
    await docker('docker stop redis');
    await docker('docker start redis');
    await settle(world);
    expect((await docker('docker exec redis redis-cli GET greeting')).stdout).toBe('hello\n');
    expect(stamp((await docker('docker logs redis')).stdout).split('\n')).toEqual([
      ...BANNER,
      '1:M TIME * Ready to accept connections tcp',
      '1:signal-handler (T) Received SIGTERM scheduling shutdown...',
      '1:M TIME * User requested shutdown...',
      '1:M TIME * Saving the final RDB snapshot before exiting.',
      '1:M TIME * DB saved on disk',
      '1:M TIME # Redis is now ready to exit, bye bye...',
      ...BANNER,
      '1:M TIME * Loading RDB produced by version 7.4.2',
      '1:M TIME * RDB age 0 seconds',
      '1:M TIME * RDB memory usage when created 0.90 Mb',
      '1:M TIME * Done loading RDB, keys loaded: 1, keys expired: 0.',
      '1:M TIME * DB loaded from disk: 0.000 seconds',
      '1:M TIME * Ready to accept connections tcp',
      '',
    ]);
    expect((await docker('docker ps -a --format "{{.Status}}"')).stdout).toMatch(/^Up /);
  });

  it('formats replies for a terminal and raw for a pipe', async () => {
    const { docker, world } = cliWorld(9);
    await docker('docker pull -q redis');
    await docker('docker run -d --name cache redis');
    await settle(world);
    const tty = await docker('docker exec -i cache redis-cli --no-raw', 'SET a 1\nGET a\nGET missing\nINCR a\nRPUSH l x y z\nLRANGE l 0 -1\nLRANGE none 0 -1\nHSET h name redis\nHGETALL h\nGET l\nGET\nfoo bar\nSET s v XX NX\nECHO "hi there"\nDBSIZE\n');
    expect(tty.stdout).toBe(
      [
        'OK', '"1"', '(nil)', '(integer) 2', '(integer) 3', '1) "x"', '2) "y"', '3) "z"', '(empty array)', '(integer) 1', '1) "name"', '2) "redis"',
        '(error) WRONGTYPE Operation against a key holding the wrong kind of value',
        "(error) ERR wrong number of arguments for 'get' command",
        "(error) ERR unknown command 'foo', with args beginning with: 'bar' ",
        '(error) ERR syntax error', '"hi there"', '(integer) 3', '',
      ].join('\n'),
    );
    const raw = await docker('docker exec -i cache redis-cli', 'GET a\nGET missing\nLRANGE l 0 -1\nKEYS *\n');
    expect(raw.stdout).toBe('2\n\nx\ny\nz\na\nl\nh\n');
    expect(await docker('docker exec -t cache redis-cli GET a')).toEqual({ stdout: '"2"\r\n', stderr: '', exitCode: 0 });
    expect(await docker('docker exec cache redis-cli --version')).toEqual({ stdout: 'redis-cli 7.4.2\n', stderr: '', exitCode: 0 });
  });

  it('expires keys on the virtual clock', async () => {
    const { docker, world } = cliWorld(10);
    await docker('docker pull -q redis');
    await docker('docker run -d --name cache redis');
    await settle(world);
    await docker('docker exec cache redis-cli SET session abc EX 10');
    expect((await docker('docker exec cache redis-cli TTL session')).stdout).toBe('10\n');
    await settle(world, 6_000);
    expect((await docker('docker exec cache redis-cli TTL session')).stdout).toBe('4\n');
    await settle(world, 5_000);
    expect((await docker('docker exec cache redis-cli GET session')).stdout).toBe('\n');
    expect((await docker('docker exec cache redis-cli TTL session')).stdout).toBe('-2\n');
    expect((await docker('docker exec cache redis-cli PTTL nothing')).stdout).toBe('-2\n');
  });
});
