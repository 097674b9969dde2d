/**
 * `docker <command> --help` printed by the emulator equals, byte for byte, what the real docker
 * 28.2 client on this machine prints (it prints help without a daemon, so the emulator renders
 * with the offline feature set). Runs the real binary once per command of the tree.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ENV, hasDocker } from './real-docker.js';
import { OFFLINE } from '../../src/cli/grammar/features.js';
import { renderUsage } from '../../src/cli/grammar/usage.js';
import { dockerTree } from '../../src/cli/tree.js';


function realHelp(words: readonly string[]): string {
  return execFileSync('docker', [...words, '--help'], { env: ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
}

const tree = dockerTree({ HOME: '/root' });
const commands = [...tree.walk()].filter((n) => !n.spec.hidden).map((n) => [n.path, n] as const);

describe.skipIf(!hasDocker)('help texts equal the real docker 28.2 CLI', () => {
  it('covers the whole tree', () => {
    expect(commands.length).toBeGreaterThanOrEqual(188);
  });

  it.each(commands)('%s --help', (path, node) => {
    const words = path.split(' ').slice(1);
    expect(renderUsage(node, { features: OFFLINE, columns: 80 })).toBe(realHelp(words));
  });
});

/** The help as docker prints it on a terminal `columns` wide (stdin is the terminal docker measures). */
function realHelpAt(words: readonly string[], columns: number): string {
  const line = `stty cols ${columns} rows 40; docker ${words.join(' ')} --help`;
  return execFileSync('script', ['-qec', line, '/dev/null'], { env: ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).replaceAll('\r\n', '\n');
}

describe.skipIf(!hasDocker)('help wraps to the terminal width as docker does', () => {
  it.each([
    [['run'], 120],
    [['run'], 60],
    [['service', 'create'], 100],
    [['ps'], 40],
    [['network', 'create'], 30],
  ] as const)('docker %j --help at %i columns', (words, columns) => {
    expect(renderUsage(tree.find(words)!, { features: OFFLINE, columns })).toBe(realHelpAt(words, columns));
  });
});
