/**
 * postgres through the docker CLI: the entrypoint's refusal without a password, the first start's
 * initdb and temporary server, the cluster kept in a volume (initialization skipped), readiness
 * with pg_isready, and the fast shutdown `docker stop` (SIGINT) gives.
 */
import { describe, expect, it } from 'vitest';
import { cliWorld } from '../cli/cli-world.js';

const lines = (text: string) => text.split('\n').map((l) => l.replace(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3} UTC \[\d+\] /, ''));

describe('postgres', () => {
  it('refuses to initialize without a password, exit 1', async () => {
    const { docker } = cliWorld(4);
    await docker('docker pull -q postgres');
    const r = await docker('docker run --name nopass postgres');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe(
      'Error: Database is uninitialized and superuser password is not specified.\n       You must specify POSTGRES_PASSWORD to a non-empty value for the\n       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".\n\n       You may also use "POSTGRES_HOST_AUTH_METHOD=trust" to allow all\n       connections without a password. This is *not* recommended.\n\n       See PostgreSQL documentation about "trust":\n       https://www.postgresql.org/docs/current/auth-trust.html\n',
    );
  });

  it('initializes once, keeps the cluster in a volume, answers pg_isready and stops fast', async () => {
    const { docker, world } = cliWorld(5);
    await docker('docker pull -q postgres');
    await docker('docker run -d --name db -e POSTGRES_PASSWORD=secret -e POSTGRES_DB=app -v pgdata:/var/lib/postgresql/data postgres');
    await world.clock.hold(world.clock.sleep(2_000));
    expect(await docker('docker exec db pg_isready')).toEqual({ stdout: '/var/run/postgresql:5432 - accepting connections\n', stderr: '', exitCode: 0 });
    expect((await docker('docker run --rm postgres pg_isready -h 127.0.0.1')).stdout).toBe('127.0.0.1:5432 - no response\n');
    await docker('docker stop db');
    const first = await docker('docker logs db');
    expect(first.stdout).toContain('Success. You can now start the database server using:\n\n    pg_ctl -D /var/lib/postgresql/data -l logfile start\n\nwaiting for server to start.... done\nserver started\nCREATE DATABASE\n\n\n/usr/local/bin/docker-entrypoint.sh: ignoring /docker-entrypoint-initdb.d/*\n\nwaiting for server to shut down.... done\nserver stopped\n\nPostgreSQL init process complete; ready for start up.\n\n');
    const log = lines(first.stderr);
    expect(log.slice(log.indexOf('LOG:  listening on IPv4 address "0.0.0.0", port 5432') - 1, log.indexOf('LOG:  listening on IPv4 address "0.0.0.0", port 5432') + 5)).toEqual([
      'LOG:  starting PostgreSQL 17.4 (Debian 17.4-1.pgdg120+2) on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit',
      'LOG:  listening on IPv4 address "0.0.0.0", port 5432',
      'LOG:  listening on IPv6 address "::", port 5432',
      'LOG:  listening on Unix socket "/var/run/postgresql/.s.PGSQL.5432"',
      expect.stringMatching(/^LOG: {2}database system was shut down at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC$/),
      'LOG:  database system is ready to accept connections',
    ]);
    expect(log.slice(-4)).toEqual([expect.stringMatching(/^LOG: {2}checkpoint starting: shutdown immediate$/), expect.stringMatching(/^LOG: {2}checkpoint complete: /), 'LOG:  database system is shut down', '']);
    expect(log).toContain('LOG:  received fast shutdown request');
    expect((await docker('docker ps -a --format "{{.Status}}" --filter name=db')).stdout).toMatch(/^Exited \(0\) /);
    await docker('docker rm db');
    await docker('docker run -d --name db2 -e POSTGRES_PASSWORD=secret -v pgdata:/var/lib/postgresql/data postgres');
    await world.clock.hold(world.clock.sleep(500));
    expect((await docker('docker logs db2')).stdout).toBe('\nPostgreSQL Database directory appears to contain a database; Skipping initialization\n\n');
    expect((await docker('docker exec db2 psql --version')).stdout).toBe('psql (PostgreSQL) 17.4 (Debian 17.4-1.pgdg120+2)\n');
  });
});
