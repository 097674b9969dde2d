/**
 * Runs the real docker CLI (on PATH) against a simulated daemon: DOCKER_HOST points at the server,
 * DOCKER_CONFIG at a fresh directory so the machine's own config never leaks in. Asynchronous —
 * the daemon runs in this very process.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What a CLI run printed and returned. */
export interface CliResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number;
}

/** A `docker` bound to `dockerHost`; `input` is written to its stdin (which is then closed). */
export function dockerCli(dockerHost: string): (args: readonly string[], env?: Record<string, string>, input?: string) => Promise<CliResult> {
  const config = mkdtempSync(join(tmpdir(), 'dockersim-cli-'));
  return (args, env = {}, input = '') =>
    new Promise((resolve) => {
      const child = execFile(
        'docker',
        [...args],
        { env: { PATH: process.env['PATH'] ?? '', HOME: config, DOCKER_HOST: dockerHost, DOCKER_CONFIG: config, ...env }, timeout: 20_000 },
        (error, stdout, stderr) => resolve({ stdout, stderr, code: error ? (typeof error.code === 'number' ? error.code : 1) : 0 }),
      );
      // A docker that exits without reading its stdin closes the pipe: its result says what happened.
      child.stdin?.on('error', () => undefined);
      child.stdin?.end(input);
    });
}
