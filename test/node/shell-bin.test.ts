/**
 * `dockersim shell` as a user runs it: the built bin with a script on stdin, in a real directory
 * that becomes the simulated host's working directory; `--state` keeps the world between runs.
 * `npm test` builds before testing, so dist/ is current.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseShellArgs } from '../../src/node/shell.js';

const BIN = join(import.meta.dirname, '..', '..', 'dist', 'node', 'bin.js');

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dockersim-shell-'));
  writeFileSync(join(dir, 'Dockerfile'), 'FROM alpine\nCOPY greeting.txt /\nCMD ["cat", "/greeting.txt"]\n');
  writeFileSync(join(dir, 'greeting.txt'), 'hello from the project\n');
  writeFileSync(join(dir, '.dockerignore'), 'secret\n');
  writeFileSync(join(dir, 'secret'), 'not sent\n');
  mkdirSync(join(dir, 'node_modules'));
  writeFileSync(join(dir, 'node_modules', 'big.js'), 'left out\n');
  return dir;
}

const run = (dir: string, script: string, args: readonly string[] = []) =>
  spawnSync(process.execPath, [BIN, 'shell', ...args], { cwd: dir, input: script, encoding: 'utf8' });

describe('dockersim shell with a script on stdin', () => {
  it('builds the project it was started in and exits with the last status', () => {
    const dir = project();
    const r = run(dir, 'pwd\nls\ndocker build -q -t greeter . 2>/dev/null | cut -c1-7\ndocker run --rm greeter\nsleep 30\ndocker ps -a -q | wc -l\ntest -e node_modules\n');
    expect(r.stdout).toBe(`${dir}\nDockerfile\ngreeting.txt\nsecret\nsha256:\nhello from the project\n0\n`);
    expect(r.status).toBe(1);
  });

  it('--state keeps the world between runs; the same seed gives the same ids', () => {
    const dir = project();
    const state = join(dir, '..', `${dir.split('/').pop()}-state.json`);
    const first = run(dir, 'docker run -d --name keeper alpine sleep 1000 | cut -c1-12\n', ['--seed', '7', '--state', state]);
    expect(first.status).toBe(0);
    expect(existsSync(state)).toBe(true);
    const again = run(dir, 'docker ps --format "{{.Names}} {{.ID}}"\n', ['--state', state]);
    expect(again.stdout).toBe(`keeper ${first.stdout.trim()}\n`);
    const other = run(project(), 'docker run -d alpine true | cut -c1-12\n', ['--seed', '7']);
    expect(other.stdout).toBe(first.stdout);
  });

  it('rejects bad options as docker-style errors', () => {
    expect(() => execFileSync(process.execPath, [BIN, 'shell', '--speed', '0'], { input: '', encoding: 'utf8', stdio: 'pipe' })).toThrow(/invalid argument "0" for "--speed" flag/);
    expect(parseShellArgs(['--seed=abc', '--speed', '2.5'])).toEqual({ seed: 'abc', speed: 2.5 });
    expect(parseShellArgs(['--bogus'])).toBe('unknown flag: --bogus');
    expect(parseShellArgs(['-h'])).toBe('help');
  });
});
