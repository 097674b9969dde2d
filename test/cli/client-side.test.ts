/**
 * Errors the docker CLI finds on its own, before any request: the emulator's must be the real
 * docker 28.2 client's, byte for byte (stdout, stderr, exit status). The real client runs
 * without a daemon, so every line here fails before it would need one.
 */
import { describe, expect, it } from 'vitest';
import { runDocker } from '../../src/cli/run-docker.js';
import { createWorld } from '../../src/world/world.js';
import { ENV, hasDocker, realDocker } from './real-docker.js';

const LINES = [
  // run / create: the create body's own checks (docker/cli `parse`)
  'run -p abc alpine',
  'run -p 1.2.3:80 alpine',
  'run -p 80-81:90-95 alpine',
  'run -p 70000:80 alpine',
  'run -p 80/xyz alpine',
  'run -p published=8080,target alpine',
  'run --expose 1:2 alpine',
  'run --expose x alpine',
  'run --restart :3 alpine',
  'run --restart on-failure:x alpine',
  'run --rm --restart always alpine',
  'run --mount type=bind alpine',
  'run --mount target=/x,bogus=1 alpine',
  'run --mount type=tmpfs,target=/x,volume-nocopy alpine',
  'run --mount ro=maybe,target=/x alpine',
  'run --network name=x,foo=bar alpine',
  'run --network a --network a alpine',
  'run --network-alias x alpine',
  'run --network host --network mynet alpine',
  'run --mac-address zz alpine',
  'run -it alpine',
  'run -d -a stdout alpine',
  'create --pull sometimes alpine',
  'run --pull sometimes alpine',
  'run --health-interval -1s alpine',
  'run --health-retries -2 alpine',
  'run --no-healthcheck --health-cmd true alpine',
  'run -v :/data alpine',
  'run --env-file nofile alpine',
  'run --label-file nofile alpine',
  'run --memory-swappiness 200 alpine',
  'run --pid bogus alpine',
  'run --uts bogus alpine',
  'run --log-driver none --log-opt a=b alpine',
  // images and registries
  'tag alpine Bad',
  'tag alpine x@sha256:0000000000000000000000000000000000000000000000000000000000000000',
  'commit c Bad',
  'pull Bad',
  'pull -a alpine:3',
  'push -a alpine:3',
  'push alpine@sha256:0000000000000000000000000000000000000000000000000000000000000000',
  'images --tree -q',
  'images --tree --format x',
  'login --password-stdin',
  'login -p x --password-stdin -u y',
  'login -u "" -p x',
  'build -t Bad .',
  'build --no-cache',
  // networks, volumes, system
  'volume create --name a b',
  'volume prune -a --filter all=1 -f',
  'network create --ip-range 10.0.0.0/24 x',
  'network create --subnet 10.0.0.0/16 --subnet 10.0.1.0/24 x',
  'network create --subnet 10.0.0.0/16 --gateway 10.1.0.1 x',
  'network create --subnet 10.0.0.0/16 --ip-range 10.0.1.0/24 --ip-range 10.0.2.0/24 x',
  'system prune --volumes --filter until=1h -f',
  'inspect --type foo x',
  'inspect --type= x',
  // containers
  'cp a b',
  'cp a:/x b:/y',
  'stop -t 1 --time 2 x',
  'restart -t 1 --time 2 x',
  'update x',
  "rename ' ' x",
  "diff ''",
] as const;

describe.skipIf(!hasDocker)('client-side errors as the real docker 28.2 prints them', () => {
  it.each(LINES)('docker %s', async (line) => {
    const world = createWorld({ seed: 1 });
    const host = world.host();
    host.fs.mkdir('/work', { recursive: true });
    const ours = await runDocker(line, { client: world.client(), env: ENV, host: { fs: host.fs, cwd: '/work' }, now: () => world.clock.now() });
    const theirs = realDocker(line);
    expect(theirs.stderr).not.toContain('Cannot connect to the Docker daemon');
    expect(ours).toEqual(theirs);
  });
});
