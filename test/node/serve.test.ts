/**
 * `dockersim serve` as a user runs it (the built bin): it prints the DOCKER_HOST line and a ready
 * line, serves the real docker CLI, stops cleanly on SIGTERM saving --state, and comes back from
 * that state as the same daemon.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dockerCli } from '../real-clients/cli.js';

const BIN = join(import.meta.dirname, '..', '..', 'dist', 'node', 'bin.js');

interface Running {
  readonly child: ChildProcess;
  readonly stdout: () => string;
  readonly stderr: () => string;
  readonly exit: Promise<number | null>;
}

function serve(args: readonly string[], readyPattern = /Ctrl-C to stop\n/): Promise<Running> {
  const child = spawn(process.execPath, [BIN, 'serve', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    child.stderr!.on('data', (chunk) => (err += String(chunk)));
    child.stdout!.on('data', (chunk) => {
      out += String(chunk);
      if (readyPattern.test(out)) resolve({ child, stdout: () => out, stderr: () => err, exit });
    });
    void exit.then((code) => reject(new Error(`serve exited with ${code}: ${err}`)));
  });
}

describe('dockersim serve', () => {
  it('serves the docker CLI, stops on SIGTERM saving its state, and restarts from it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dockersim-serve-'));
    const socket = join(dir, 'docker.sock');
    const state = join(dir, 'world.json');
    const first = await serve(['--socket', socket, '--seed', '5', '--state', state]);
    expect(first.stdout()).toMatch(
      new RegExp(`^export DOCKER_HOST=unix://${socket}\\ndockersim: Docker Engine 28\\.2\\.2 \\(API 1\\.50\\) simulated, listening on unix://${socket} \\(seed 5\\); Ctrl-C to stop\\n$`),
    );
    const docker = dockerCli(`unix://${socket}`);
    const id = (await docker(['info', '--format', '{{.ID}}'])).stdout;
    expect(id).toMatch(/^[0-9a-f-]{36}\n$/);
    first.child.kill('SIGTERM');
    expect(await first.exit).toBe(0);
    expect(first.stderr()).toBe('dockersim: SIGTERM, shutting down\n');
    expect(existsSync(socket)).toBe(false);
    expect(JSON.parse(readFileSync(state, 'utf8'))).toMatchObject({ format: 'dockersim/world@1', seed: 5 });

    const second = await serve(['--socket', socket, '--state', state, '--seed', '99']);
    expect((await docker(['info', '--format', '{{.ID}}'])).stdout).toBe(id);
    second.child.kill('SIGINT');
    expect(await second.exit).toBe(0);
  });

  it('listens on loopback TCP and prints the tcp:// DOCKER_HOST', async () => {
    const running = await serve(['--tcp', '127.0.0.1:0']);
    const host = /^export DOCKER_HOST=(tcp:\/\/127\.0\.0\.1:\d+)$/m.exec(running.stdout())![1]!;
    expect((await dockerCli(host)(['version', '--format', '{{.Server.APIVersion}}'])).stdout).toBe('1.50\n');
    running.child.kill('SIGTERM');
    expect(await running.exit).toBe(0);
  });

  it.each([
    [['--tcp', '0.0.0.0:0'], 1, 'dockersim: refusing to listen on 0.0.0.0:0: not a loopback address, and remote access was not allowed (allowRemote, or --allow-remote)\n'],
    [['--speed', '0'], 125, 'invalid argument "0" for "--speed" flag: must be a positive number\nSee \'dockersim serve --help\'.\n'],
    [['--socket'], 125, "flag needs an argument: --socket\nSee 'dockersim serve --help'.\n"],
    [['extra'], 125, "unknown argument: extra\nSee 'dockersim serve --help'.\n"],
  ])('refuses %j (exit %i)', async (args, code, stderr) => {
    const child = spawn(process.execPath, [BIN, 'serve', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (chunk) => (err += String(chunk)));
    expect(await new Promise((resolve) => child.once('exit', resolve))).toBe(code);
    expect(err).toBe(stderr);
  });
});
