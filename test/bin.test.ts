/**
 * The README's main command: `npx dockersim` (the built bin) prints the simulated daemon's
 * `docker version` and a summary. `npm test` builds before testing, so dist/ is current.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '..', 'dist', 'node', 'bin.js');

describe('dockersim bin', () => {
  it('prints docker version for a simulated Engine 28 / API 1.50', () => {
    const out = execFileSync(process.execPath, [BIN, '--seed', '1'], { encoding: 'utf8' });
    expect(out).toContain('Server: Docker Engine - Community (dockersim)');
    expect(out).toContain('  API version:      1.50 (minimum version 1.24)');
    expect(out).toMatch(/Simulated host "dockersim" \(ID [0-9a-f-]{36}\): 0 containers/);
    expect(execFileSync(process.execPath, [BIN, '--seed', '1'], { encoding: 'utf8' })).toBe(out);
  });

  it('rejects an unknown flag with exit code 125', () => {
    expect(() => execFileSync(process.execPath, [BIN, '--bogus'], { encoding: 'utf8', stdio: 'pipe' })).toThrow(/unknown flag: --bogus/);
  });
});
