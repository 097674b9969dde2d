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
  const docker = (cmd: string, cwd = '/home/me/shop') => runDocker(cmd, { client: world.client(), host: { fs, cwd }, now: () => world.clock.now() });
  return { world, docker };
}

describe('docker compose on the CLI', () => {
  it('up -d, ps, ls, port, down -v through docker compose and docker-compose', async () => {
    const { docker } = setup();
    const up = await docker('docker compose up -d');
    expect(up).toMatchObject({ exitCode: 0, stdout: '' });
    expect(up.stderr).toContain(' Container shop-web-1  Started\n');
    const ps = await docker('docker compose ps');
    expect(ps.stdout).toBe(
      'NAME         IMAGE     COMMAND        SERVICE   CREATED                  STATUS                  PORTS\n' +
        'shop-db-1    alpine    "sleep 3600"   db        Less than a second ago   Up Less than a second   \n' +
        'shop-web-1   alpine    "sleep 3600"   web       Less than a second ago   Up Less than a second   0.0.0.0:8080->80/tcp, [::]:8080->80/tcp\n',
    );
    expect((await docker('docker compose ps --services')).stdout).toBe('db\nweb\n');
    expect((await docker('docker compose ls')).stdout).toBe('NAME      STATUS       CONFIG FILES\nshop      running(2)   /home/me/shop/compose.yaml\n');
    expect((await docker('docker compose port web 80')).stdout).toBe('0.0.0.0:8080\n');
    expect((await docker('docker compose config --services')).stdout).toBe('db\nweb\n');
    expect((await docker('docker compose version')).stdout).toBe('Docker Compose version v2.36.2\n');
    const down = await docker('docker-compose down -v');
    expect(down.exitCode).toBe(0);
    expect(down.stderr).toContain(' Volume shop_data  Removed\n');
    expect(await docker('docker compose -p shop down', '/')).toMatchObject({ exitCode: 0, stderr: 'Warning: No resource found to remove for project "shop".\n' });
  });

  it('errors: no file, unknown service, compose errors bare and daemon errors prefixed', async () => {
    const { docker } = setup();
    expect(await docker('docker compose up -d', '/')).toMatchObject({ exitCode: 1, stderr: 'no configuration file provided: not found\n' });
    expect(await docker('docker compose up -d nope')).toMatchObject({ exitCode: 1, stderr: 'no such service: nope\n' });
    expect(await docker('docker compose exec web true')).toMatchObject({ exitCode: 1, stderr: 'service "web" is not running\n' });
    expect((await docker('docker compose logs --bogus')).exitCode).toBe(1);
  });
});
