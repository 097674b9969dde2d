/**
 * The real docker 28.2 client on this machine, as the reference the CLI tests compare with. It
 * prints help, flag errors and client-side output without a daemon. Tests that need it skip
 * (and say so) on a machine without it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { shellWords } from '../../src/cli/tokenize.js';

/** A fixed environment, so `--config`'s default reads `/root/.docker` as the emulator's does. */
export const ENV = { HOME: '/root', PATH: process.env['PATH'] ?? '' };

/** True when `docker` on PATH is the 28.2 client. */
export const hasDocker = (() => {
  try {
    return execFileSync('docker', ['--version'], { env: ENV, encoding: 'utf8' }).startsWith('Docker version 28.2');
  } catch {
    return false;
  }
})();

/** What the real client prints for a command line (with or without the leading `docker`). */
export function realDocker(line: string): { stdout: string; stderr: string; exitCode: number } {
  const words = shellWords(line);
  const r = spawnSync('docker', words[0] === 'docker' ? words.slice(1) : words, { env: ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return { stdout: r.stdout, stderr: r.stderr, exitCode: r.status ?? -1 };
}
