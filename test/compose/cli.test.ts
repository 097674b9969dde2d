import { describe, expect, it } from 'vitest';
import { runDocker } from '../../src/cli/run-docker.js';
import { world as makeWorld } from './helpers.js';

const YAML = `services:
  web:
    image: alpine
    command: sleep 3600
    ports:
      - "8080:80"
  db:
    image: alpine
    command: sleep 3600
    volumes:
      - data:/data
volumes:
  data:
`;

function setup() {
  const world = makeWorld();
  const fs = world.host().fs;
  fs.mkdir('/home/me/shop', { recursive: true });
  fs.writeFile('/home/me/shop/compose.yaml', YAML);
  const docker = (cmd: string) => runDocker(cmd, { client: world.client(), host: { fs, cwd: '/home/me/shop' }, now: () => world.clock.now() });
  return { world, docker };
}

describe('docker compose on the CLI', () => {
  it('up -d, ps, down', async () => {
    const { docker } = setup();
    const up = await docker('docker compose up -d');
    console.log(up);
    const ps = await docker('docker compose ps');
    console.log(ps.stdout);
    const ls = await docker('docker compose ls');
    console.log(ls.stdout);
    const down = await docker('docker-compose down -v');
    console.log(down);
    const help = await docker('docker compose up --help');
    console.log(help.stdout.slice(0, 800));
    expect(up.exitCode).toBe(0);
  });
});
