/**
 * mysql:8.0 as a container: the entrypoint's checks and first-run initialization, a volume that
 * keeps the data directory (no second init), accounts from the environment, the client's
 * password handling, a graceful stop; and the todo app when its database never comes.
 */
import { describe, expect, it } from 'vitest';
import { appFiles } from './fixture.js';
import { workshop } from './helpers.js';

const WARNING = 'mysql: [Warning] Using a password on the command line interface can be insecure.\n';

describe('mysql:8.0', () => {
  it('refuses to initialize without a root password option: the real error, exit 1', async () => {
    const w = workshop();
    await w.pull('mysql:8.0');
    const id = await w.run('mysql:8.0');
    await w.settle(1000);
    expect((await w.docker.containerInspect(id)).State).toMatchObject({ Status: 'exited', ExitCode: 1 });
    expect(await w.logs(id, 'stderr')).toMatch(
      /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\+00:00 \[ERROR\] \[Entrypoint\]: Database is uninitialized and password option is not specified\n    You need to specify one of the following:\n    - MYSQL_ROOT_PASSWORD\n    - MYSQL_ALLOW_EMPTY_PASSWORD\n    - MYSQL_RANDOM_ROOT_PASSWORD\n$/,
    );
    expect(await w.logs(id, 'stdout')).toMatch(/\[Note\] \[Entrypoint\]: Entrypoint script for MySQL Server 8\.0\.41-1\.el9 started\.\n$/);
  });

  it('initializes once: a volume keeps databases, rows and accounts, and the next container skips init', async () => {
    const w = workshop();
    await w.pull('mysql:8.0');
    const first = await w.run('mysql:8.0', { binds: ['data:/var/lib/mysql'], env: ['MYSQL_ROOT_PASSWORD=secret', 'MYSQL_DATABASE=shop', 'MYSQL_USER=app', 'MYSQL_PASSWORD=pw'] });
    await w.settle(10_000);
    const out = await w.logs(first, 'stdout');
    for (const line of ['Initializing database files', 'Creating database shop', 'Creating user app', 'Giving user app access to schema shop', 'MySQL init process done. Ready for start up.']) expect(out).toContain(`[Note] [Entrypoint]: ${line}\n`);
    expect(await w.exec(first, ['mysql', '-uapp', '-ppw', 'shop', '-e', "create table t (n int); insert into t values (7)"])).toEqual({ code: 0, stdout: '', stderr: WARNING });
    expect(await w.exec(first, ['mysql', '-uapp', '-ppw', 'mysql'])).toEqual({ code: 1, stdout: '', stderr: `${WARNING}ERROR 1044 (42000): Access denied for user 'app'@'%' to database 'mysql'\n` });

    await w.world.clock.hold(w.docker.containerStop(first));
    expect((await w.docker.containerInspect(first)).State).toMatchObject({ Status: 'exited', ExitCode: 0 });
    expect(await w.logs(first, 'stderr')).toMatch(/\[Server\] Received SHUTDOWN from user <via user signal>\. Shutting down mysqld \(Version: 8\.0\.41\)\.\n.*\[Server\] \/usr\/sbin\/mysqld: Shutdown complete \(mysqld 8\.0\.41\)  MySQL Community Server - GPL\.\n$/);

    // A new container on the same volume: no password needed, no init, the row is there.
    const second = await w.run('mysql:8.0', { binds: ['data:/var/lib/mysql'] });
    await w.settle(5000);
    expect(await w.logs(second, 'stdout')).not.toContain('Initializing');
    expect(await w.exec(second, ['mysql', '-psecret', 'shop', '-e', 'select n from t'])).toEqual({ code: 0, stdout: 'n\n7\n', stderr: WARNING });
  });

  it('the client: -p alone prompts, `-p secret` names database secret, no password is refused', async () => {
    const w = workshop();
    await w.pull('mysql:8.0');
    const id = await w.run('mysql:8.0', { env: ['MYSQL_ROOT_PASSWORD=secret'] });
    await w.settle(10_000);
    expect(await w.exec(id, ['mysql', '-p', 'secret'], { input: 'secret\n' })).toEqual({ code: 1, stdout: '', stderr: "Enter password: ERROR 1049 (42000): Unknown database 'secret'\n" });
    expect(await w.exec(id, ['mysql', '-e', 'select 1'])).toEqual({ code: 1, stdout: '', stderr: "ERROR 1045 (28000): Access denied for user 'root'@'localhost' (using password: NO)\n" });
    const table = await w.exec(id, ['mysql', '-psecret', '-e', 'show databases'], { tty: true });
    expect(table.stdout.replace(/\r\n/g, '\n')).toBe(`${WARNING}+--------------------+\n| Database           |\n+--------------------+\n| information_schema |\n| mysql              |\n| performance_schema |\n| sys                |\n+--------------------+\n`);
    const session = await w.exec(id, ['mysql', '-psecret'], { tty: true, input: 'CREATE DATABASE todos;\nuse todos\nCREATE TABLE t (id int, name varchar(9));\nINSERT INTO t VALUES (1, \'a\');\nselect * from t;\nselect * from nope;\nquit\n' });
    expect(session.stdout.replace(/\r\n/g, '\n').split("Type 'help;' or '\\h' for help. Type '\\c' to clear the current input statement.\n\n")[1]).toBe(
      'mysql> Query OK, 1 row affected (0.00 sec)\n\nmysql> Database changed\nmysql> Query OK, 0 rows affected (0.00 sec)\n\nmysql> Query OK, 1 row affected (0.00 sec)\n\nmysql> +------+------+\n| id   | name |\n+------+------+\n|    1 | a    |\n+------+------+\n1 row in set (0.00 sec)\n\nmysql> ERROR 1146 (42S02): Table \'todos.nope\' doesn\'t exist\nmysql> Bye\n',
    );
  });

  it('the client reaches a server in another container with -h; the server sees the client by address', async () => {
    const w = workshop();
    await w.pull('mysql:8.0');
    await w.docker.networkCreate({ Name: 'db-net' });
    const server = await w.run('mysql:8.0', { network: 'db-net', aliases: ['db'], env: ['MYSQL_ROOT_PASSWORD=secret', 'MYSQL_DATABASE=todos'] });
    const client = await w.run('mysql:8.0', { network: 'db-net', env: ['MYSQL_ROOT_PASSWORD=other'] });
    await w.settle(10_000);
    expect(await w.exec(client, ['mysql', '-h', 'db', '-psecret', '-e', 'show databases'])).toEqual({ code: 0, stdout: 'Database\ninformation_schema\nmysql\nperformance_schema\nsys\ntodos\n', stderr: WARNING });
    const clientIp = (await w.docker.containerInspect(client)).NetworkSettings.Networks['db-net']!.IPAddress;
    expect((await w.exec(client, ['mysql', '-hdb', '-pwrong'])).stderr).toBe(`${WARNING}ERROR 1045 (28000): Access denied for user 'root'@'${clientIp}' (using password: YES)\n`);
    expect((await w.exec(client, ['mysql', '-h', 'nowhere', '-psecret'])).stderr).toBe(`${WARNING}ERROR 2005 (HY000): Unknown MySQL server host 'nowhere' (-2)\n`);
    await w.world.clock.hold(w.docker.containerStop(server));
    expect((await w.exec(client, ['mysql', '-h', 'db', '-psecret'])).stderr).toMatch(/ERROR 200[35] \(HY000\): /);
  });

  it('MYSQL_RANDOM_ROOT_PASSWORD prints the generated password, which then works', async () => {
    const w = workshop();
    await w.pull('mysql:8.0');
    const id = await w.run('mysql:8.0', { env: ['MYSQL_RANDOM_ROOT_PASSWORD=yes'] });
    await w.settle(10_000);
    const password = /GENERATED ROOT PASSWORD: (\S+)\n/.exec(await w.logs(id, 'stdout'))?.[1];
    expect(password).toMatch(/^[A-Za-z0-9+/]{32}$/);
    expect((await w.exec(id, ['mysql', `-p${password}`, '-e', 'show databases'])).stdout).toBe('Database\ninformation_schema\nmysql\nperformance_schema\nsys\n');
  });

  it('the todo app gives up when MYSQL_HOST never answers: wait-port times out, the error is logged, exit 1', async () => {
    const w = workshop();
    for await (const _ of w.docker.imageBuild({ files: appFiles() }, { tags: ['getting-started'] })) void _;
    const id = await w.run('getting-started', { env: ['MYSQL_HOST=nowhere'] });
    await w.settle(15_000);
    expect((await w.docker.containerInspect(id)).State).toMatchObject({ Status: 'exited', ExitCode: 1 });
    expect(await w.logs(id, 'stdout')).toMatch(/^Waiting for nowhere:3306\.{11,12}\nTimeout\n$/);
    expect(await w.logs(id, 'stderr')).toMatch(/^Error: getaddrinfo ENOTFOUND nowhere\n/);
  });
});
