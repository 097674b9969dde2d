/**
 * `docker context` over several simulated hosts: listing, showing, switching (`use` persists in
 * the caller's config object, `--context` and `DOCKER_CONTEXT` override it) and inspecting —
 * checked against the real docker 28.2 client for the default context, which needs no daemon.
 */
import { describe, expect, it } from 'vitest';
import type { CliConfig } from '../../src/cli/invocation.js';
import { runDocker } from '../../src/cli/run-docker.js';
import { createWorld } from '../../src/world/world.js';
import { ENV, hasDocker, realDocker } from './real-docker.js';


function setup() {
  const world = createWorld({ seed: 9, hosts: ['staging'] });
  const contexts = [{ name: 'staging', description: 'the staging host', endpoint: 'tcp://staging:2376', client: world.client('staging') }];
  const config: CliConfig = {};
  const docker = (line: string, env: Record<string, string> = {}) => runDocker(line, { client: world.client(), contexts, config, env: { ...ENV, ...env } });
  return { docker, config };
}

describe.skipIf(!hasDocker)('docker context, as the real client prints the default context', () => {
  it.each(['docker context ls', 'docker context ls -q', 'docker context ls --format json', 'docker context show', 'docker context inspect', 'docker context inspect nope', 'docker context use nope', 'docker -c nope ps'])(
    '%s',
    async (line) => {
      const world = createWorld({ seed: 1 });
      expect(await runDocker(line, { client: world.client(), env: ENV })).toEqual(realDocker(line));
    },
  );
});

describe('docker context over several hosts', () => {
  it('lists the contexts in natural order, the current one starred', async () => {
    const { docker } = setup();
    expect((await docker('docker context ls')).stdout).toBe(
      'NAME        DESCRIPTION                               DOCKER ENDPOINT               ERROR\n' +
        'default *   Current DOCKER_HOST based configuration   unix:///var/run/docker.sock   \n' +
        'staging     the staging host                          tcp://staging:2376            \n',
    );
  });

  it('use switches the daemon every later command talks to, until switched back', async () => {
    const { docker, config } = setup();
    expect(await docker('docker context use staging')).toEqual({ stdout: 'staging\n', stderr: 'Current context is now "staging"\n', exitCode: 0 });
    expect(config.currentContext).toBe('staging');
    expect((await docker("docker info --format '{{.Name}}'")).stdout).toBe('staging\n');
    expect((await docker('docker context show')).stdout).toBe('staging\n');
    expect((await docker("docker --context default info --format '{{.Name}}'")).stdout).toBe('dockersim\n');
    expect((await docker("docker info --format '{{.Name}}'", { DOCKER_CONTEXT: 'default' })).stdout).toBe('dockersim\n');
    expect((await docker('docker version --format {{.Client.Context}}')).stdout).toBe('staging\n');
    await docker('docker context use default');
    expect(config.currentContext).toBeUndefined();
    expect((await docker("docker info --format '{{.Name}}'")).stdout).toBe('dockersim\n');
  });

  it('inspects a simulated context', async () => {
    const { docker } = setup();
    expect((await docker('docker context inspect staging')).stdout).toBe(
      '[\n    {\n        "Name": "staging",\n        "Metadata": {\n            "Description": "the staging host"\n        },\n        "Endpoints": {\n            "docker": {\n                "Host": "tcp://staging:2376",\n                "SkipTLSVerify": false\n            }\n        },\n        "TLSMaterial": {},\n        "Storage": {\n            "MetadataPath": "\\u003cIN MEMORY\\u003e",\n            "TLSPath": "\\u003cIN MEMORY\\u003e"\n        }\n    }\n]\n',
    );
    expect((await docker("docker context inspect -f '{{.Endpoints.docker.Host}}' staging default")).stdout).toBe('tcp://staging:2376\nunix:///var/run/docker.sock\n');
  });

  it('rejects invalid names', async () => {
    const { docker } = setup();
    expect(await docker('docker context use -bad')).toMatchObject({ exitCode: 125 });
    expect(await docker('docker context use a/b')).toEqual({ stdout: '', stderr: 'context name "a/b" is invalid, names are validated against regexp "^[a-zA-Z0-9][a-zA-Z0-9_.+-]+$"\n', exitCode: 1 });
  });
});
