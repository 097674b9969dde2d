/**
 * The docker command-line grammar against the real docker 28.2 client: every line below fails
 * (or prints help) before the CLI needs a daemon, so the real binary's stdout, stderr and exit
 * status are the reference. The emulator runs the same line against a simulated daemon.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runDocker } from '../../src/cli/run-docker.js';
import { createWorld } from '../../src/world/world.js';
import { ENV, hasDocker, realDocker } from './real-docker.js';


const LINES = [
  'ps --foo',
  'ps -z',
  'ps -az',
  'run -z',
  'run -p',
  'run -dp',
  'stop -t x a',
  'stop -t',
  'ps --all=maybe',
  'ps -aq --last=x',
  'ps --last 0x1G',
  'logs --since',
  'start',
  'run',
  'run --rm',
  'create',
  'rename a',
  'rename a b c',
  'port',
  'port a b c',
  'volume create a b',
  'network ls extra',
  'ps a',
  'container foo',
  'container foo bar',
  'foo',
  'foo --bogus',
  '-H',
  '--foo ps',
  '--config',
  'ps --config x',
  'container -a ls',
  'help foo',
  'help ps extra',
  'ps --help=x',
  '---x',
  'ps --=x',
  'run --memory 1x alpine',
  'run --memory 10Q alpine',
  'run --memory-swap=-2 alpine',
  'run --cpus abc alpine',
  'run --cpus 0.0000000001 alpine',
  'run --health-interval 5 alpine',
  'run --health-interval 5x alpine',
  'run --health-interval=-x alpine',
  'create --blkio-weight 70000 alpine',
  'create --blkio-weight=-1 alpine',
  'update --pids-limit 9223372036854775808 c',
  'ps -f bad',
  'run -e =x alpine',
  'run --add-host x alpine',
  'run --add-host h:1.2.3 alpine',
  'run --add-host h:[::1 alpine',
  'run --dns 1.2.3 alpine',
  'run --dns-search -x alpine',
  'run -a foo alpine',
  'run --sysctl kernel.foo=1 alpine',
  'exec -e = c ls',
  'run --label = alpine',
  'run --link a:b:c alpine',
  'network connect --alias "a,\\"b" n c',
  'context create --docker a x',
  'exec',
  'exec c',
  'commit',
  'tag a',
  'tag a b c',
  'cp a',
  'version extra',
  'context use',
  'context use a b',
  'image',
  'ps -n',
  'ps --format',
  'images a b',
  'stop --time 3',
  'ps -h',
  'ps --help',
  'ps --help --bogus',
  'run -e A=1 --help',
  'run --annotation a=b -m 5m --cpus 2 --ulimit nofile=1 --help',
  'ps -f a=b --help',
  'ps -n 5 --help',
  'ps -h --filter --last=2',
  'container --help ls',
  'help container ls',
  'help',
  '--help',
  'container',
  'network',
  'system',
  '-v',
  '--version',
  'run --help=false',
  'service scale',
  'swarm join-token',
  'checkpoint ls',
] as const;

const real = realDocker;

describe.skipIf(!hasDocker)('command-line errors as the real docker 28.2 prints them', () => {
  const world = createWorld({ seed: 1 });
  it.each(LINES)('docker %s', async (line) => {
    const ours = await runDocker(line, { client: world.client(), env: ENV, features: { experimental: true, osType: '' } });
    expect(ours).toEqual(real(line));
  });
});

describe('docker compose (a CLI plugin in real docker)', () => {
  it('is routed with its arguments unparsed to the compose layer, which parses them as the plugin does', async () => {
    const world = createWorld({ seed: 1 });
    expect(await runDocker('docker compose -f x.yaml up -d --bogus', { client: world.client() })).toEqual({
      stdout: '',
      stderr: "unknown flag: --bogus\n\nUsage:  docker compose up [OPTIONS] [SERVICE...]\n\nRun 'docker compose up --help' for more information\n",
      exitCode: 1,
    });
  });
});

describe.skipIf(!hasDocker)('random command lines parse as the real client parses them', () => {
  const TOKENS = ['-a', '-q', '--all', '--all=false', '-n', '3', 'x', '--filter', 'a=b', 'bad', '--format', '{{.ID}}', '-z', '--bogus', '--', '--help', '-h', '--last=2', '-aq', '-qa', '-an2', '-n=x', '--no-trunc', '-s', '--size=maybe', '-'];
  const COMMANDS = [['ps'], ['container', 'ls'], ['images'], ['network', 'ls'], ['stop'], ['logs'], ['exec'], ['rm']];

  it('agrees on every flag error, help and argument error; both go on to run the rest', async () => {
    const world = createWorld({ seed: 1 });
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...COMMANDS), fc.array(fc.constantFrom(...TOKENS), { maxLength: 5 }), async (command, args) => {
        const argv = [...command, ...args];
        const theirs = realDocker(argv.map((a) => `'${a}'`).join(' '));
        const ours = await runDocker(argv, { client: world.client(), env: ENV, features: { experimental: true, osType: '' } });
        if (theirs.stderr.includes('Cannot connect to the Docker daemon')) {
          // Past the grammar on both sides: the real client needs a daemon; the emulator's handler
          // ran against the simulated one (a daemon error at most, never a grammar error).
          expect(ours.exitCode).not.toBe(125);
          expect(ours.stderr).not.toMatch(/Usage:|unknown (flag|shorthand)|needs an argument|invalid argument/);
        } else {
          expect(ours).toEqual(theirs);
        }
      }),
      { numRuns: 80 },
    );
  });
});
