/**
 * The emulator held to the real thing: on one world, every read-only command below is printed
 * by the emulator and by the real docker 28.2 CLI talking to `dockersim serve` over that same
 * world, and the two must be equal byte for byte (stdout, stderr, exit status). The world's
 * clock is pinned to the wall clock before comparing, so the real client's "2 minutes ago"
 * (computed from its own clock) and the emulator's agree. A command whose route the server does
 * not serve yet (501) is skipped, and says so. No image has two repositories here: docker lists
 * the tags of one image in Go map order, which is random.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDocker } from '../../src/cli/run-docker.js';
import { formatTimestamp } from '../../src/core/time.js';
import { startServer, type EngineServer } from '../../src/node/index.js';
import { createWorld, type World } from '../../src/world/world.js';
import { dockerCli } from '../real-clients/cli.js';
import { hasDocker } from './real-docker.js';

let world: World;
let server: EngineServer;
let real: ReturnType<typeof dockerCli>;
let since = '';
let until = '';

/** A world with containers, images, networks and volumes made over ten simulated minutes, ending now. */
async function populate(): Promise<World> {
  const minutes = (n: number) => n * 60_000;
  // Start far enough back that populating (about twelve simulated minutes) ends before now.
  const w = createWorld({ seed: 21, clock: { mode: 'manual', start: Date.now() - minutes(20) } });
  const cli = (line: string) => runDocker(line, { client: w.client(), now: () => w.clock.now() });
  const step = async (line: string, after = 0) => {
    const run = cli(line);
    // Manual time: let the command's own waits (pulls, stops) pass, then advance.
    for (let i = 0; i < 50; i++) await w.clock.advance(1_000);
    await run;
    if (after > 0) await w.clock.advance(after);
  };
  since = formatTimestamp(w.clock.now());
  await step('docker pull -q alpine');
  await step('docker pull -q busybox:latest', minutes(1));
  await step('docker network create --label tier=back backend');
  await step('docker volume create --label keep=yes data', minutes(1));
  await step('docker run -d --name web -p 8080:80 -p 127.0.0.1:9443:443 -l app=web --network backend -v data:/data alpine sh -c "echo started; echo oops >&2; sleep 100000"', minutes(2));
  await step('docker run --name once alpine echo done');
  await step('docker create --name fresh busybox true', minutes(1));
  until = formatTimestamp(w.clock.now());
  await w.clock.advanceTo(Date.now());
  w.clock.setMode('realtime', 1);
  return w;
}

beforeAll(async () => {
  if (!hasDocker) return;
  world = await populate();
  server = await startServer({ world });
  real = dockerCli(server.dockerHost);
}, 60_000);

afterAll(async () => {
  await server?.close();
  world?.dispose();
});

const COMMANDS: readonly (readonly string[])[] = [
  ['ps'],
  ['ps', '-a'],
  ['ps', '-a', '-q'],
  ['ps', '-a', '--no-trunc'],
  ['ps', '-a', '--format', '{{.Names}}\t{{.Image}}\t{{.Status}}\t{{.Ports}}'],
  ['ps', '-a', '--format', 'table {{.ID}}\t{{.Names}}\t{{.Labels}}'],
  ['ps', '-a', '--format', '{{json .}}'],
  ['ps', '-a', '--filter', 'status=exited'],
  ['images'],
  ['images', '-q'],
  ['images', '--no-trunc'],
  ['images', '--digests'],
  ['images', '--format', '{{.Repository}}:{{.Tag}} {{.ID}} {{.Size}}'],
  ['images', '--format', '{{json .}}'],
  ['network', 'ls'],
  ['network', 'ls', '-q'],
  ['network', 'ls', '--no-trunc'],
  ['network', 'ls', '--format', '{{.Name}} {{.Driver}} {{.Labels}}'],
  ['volume', 'ls'],
  ['volume', 'ls', '-q'],
  ['volume', 'ls', '--format', '{{.Name}} {{.Labels}}'],
  ['inspect', 'web'],
  ['inspect', 'alpine'],
  ['inspect', 'backend'],
  ['inspect', 'data'],
  ['inspect', '-f', '{{.State.Status}} {{.Config.Image}} {{json .NetworkSettings.Ports}}', 'web', 'once'],
  ['inspect', '--type', 'image', '-f', '{{.Id}} {{.RepoTags}}', 'alpine'],
  ['inspect', 'nosuch'],
  ['container', 'inspect', '-s', '-f', '{{.SizeRw}}', 'web'],
  ['history', 'alpine'],
  ['history', '--no-trunc', 'busybox'],
  ['history', '-q', 'alpine'],
  ['history', '--format', '{{.ID}} {{.CreatedBy}}', 'busybox'],
  ['system', 'df'],
  ['system', 'df', '--format', '{{json .}}'],
  ['port', 'web'],
  ['port', 'web', '443'],
  ['top', 'web'],
  ['logs', 'web'],
  ['logs', '--tail', '1', 'web'],
  ['logs', '-t', 'once'],
  ['events', '--since', '@SINCE', '--until', '@UNTIL'],
  ['events', '--since', '@SINCE', '--until', '@UNTIL', '--format', '{{.Type}} {{.Action}} {{.Actor.Attributes.name}}'],
  ['events', '--since', '@SINCE', '--until', '@UNTIL', '--filter', 'type=container', '--format', '{{json .}}'],
  ['version', '--format', '{{.Server.Version}} {{.Server.APIVersion}}'],
];

describe.skipIf(!hasDocker)('read-only commands: the emulator and the real docker CLI over dockersim serve, on one world', () => {
  it.for(COMMANDS.map((c) => [c.join(' '), c] as const))('docker %s', async ([, command], context) => {
    const args = command.map((a) => (a === '@SINCE' ? since : a === '@UNTIL' ? until : a));
    const theirs = await real(args);
    if (theirs.stderr.includes('not implemented')) context.skip(`the route is not served yet: ${theirs.stderr.trim()}`);
    const ours = await runDocker(args, { client: world.client(), now: () => world.clock.now(), env: { HOME: '/root' } });
    expect({ stdout: ours.stdout, stderr: ours.stderr, exitCode: ours.exitCode }).toEqual({ stdout: theirs.stdout, stderr: theirs.stderr, exitCode: theirs.code });
  });
});
