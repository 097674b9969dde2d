/**
 * Package installs need the registry: on `--network none` yarn retries and fails, npm fails at
 * once, both with their real messages; with nothing to fetch they succeed offline.
 */
import { describe, expect, it } from 'vitest';
import { cloneOnHost } from './fixture.js';
import { workshop } from './helpers.js';

describe('installs without a network', () => {
  it.each([
    ['yarn install', /^yarn install v1\.22\.22\n\[1\/4\] Resolving packages\.\.\.\n(info There appears to be trouble with your network connection\. Retrying\.\.\.\n){4}info If you think this is a bug/, /^error An unexpected error occurred: "https:\/\/registry\.yarnpkg\.com\/express: getaddrinfo EAI_AGAIN registry\.yarnpkg\.com"\.\n$/],
    ['npm install', /^$/, /^npm error code EAI_AGAIN\nnpm error syscall getaddrinfo\nnpm error errno EAI_AGAIN\nnpm error request to https:\/\/registry\.npmjs\.org\/express failed, reason: getaddrinfo EAI_AGAIN registry\.npmjs\.org\nnpm error A complete log/],
  ])('%s fails with the registry unreachable', async (command, stdout, stderr) => {
    const w = workshop();
    cloneOnHost(w.world, '/home/me/app');
    await w.pull('node:18-alpine');
    const id = await w.run('node:18-alpine', { network: 'none', workdir: '/app', binds: ['/home/me/app:/app'], cmd: command.split(' ') });
    await w.settle(20_000);
    expect((await w.docker.containerInspect(id)).State.ExitCode).toBe(1);
    expect(await w.logs(id, 'stdout')).toMatch(stdout);
    expect(await w.logs(id, 'stderr')).toMatch(stderr);
    expect(w.world.host().fs.exists('/home/me/app/node_modules')).toBe(false);
  });
});
