/**
 * The simulated MySQL server's SQL subset: statements against a data directory, MySQL's errors
 * with their numbers and SQLSTATEs, and the client's result formats.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DataDir } from '../../src/programs/mysql/data-dir.js';
import { batch, interactive, table } from '../../src/programs/mysql/result-format.js';
import { parseClientArgs, splitStatements } from '../../src/programs/mysql/client-args.js';
import { SqlEngine, type QueryResult, type Session } from '../../src/programs/mysql/sql-engine.js';
import { SqlError } from '../../src/programs/mysql/sql-error.js';
import { escapeValue } from '../../src/programs/node/todo-app/mysql-store.js';
import { MemoryFs } from '../helpers/memory-fs.js';

function server() {
  const dir = new DataDir(new MemoryFs());
  dir.initialize('00000000-0000-0000-0000-000000000000');
  dir.createDatabase('todos');
  dir.setAccounts([
    { user: 'root', host: '%', password: 'secret', grants: ['*'] },
    { user: 'app', host: '%', password: 'pw', grants: ['todos'] },
  ]);
  const engine = new SqlEngine(dir);
  const root: Session = { account: dir.accounts()[0]!, clientHost: 'localhost', db: 'todos', version: '8.0.41' };
  const run = (sql: string, session: Session = root): QueryResult => engine.run(sql, session);
  return { dir, engine, root, run };
}

const error = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    if (e instanceof SqlError) return `ERROR ${e.code} (${e.state}): ${e.message}`;
    throw e;
  }
  return 'no error';
};

describe('the SQL subset', () => {
  it('creates, fills, queries, updates and deletes like MySQL', () => {
    const { run } = server();
    run('CREATE TABLE IF NOT EXISTS todo_items (id varchar(36), name varchar(255), completed boolean) DEFAULT CHARSET utf8mb4');
    expect(run("INSERT INTO todo_items (id, name, completed) VALUES ('a', 'Milk', 0), ('b', 'Eggs', 1), ('c', 'Bread', 0)")).toEqual({ kind: 'ok', affected: 3, records: 3 });
    expect(run("SELECT name FROM todo_items WHERE completed = 0 AND name <> 'milk' ORDER BY name DESC")).toMatchObject({ columns: ['name'], rows: [['Bread']] });
    expect(run('SELECT COUNT(*) FROM todo_items')).toMatchObject({ columns: ['COUNT(*)'], rows: [[3]], numeric: [true] });
    expect(run("UPDATE todo_items SET completed = 1 WHERE id = 'a' OR id = 'b'")).toEqual({ kind: 'ok', affected: 1, matched: 2, changed: 1 });
    expect(run('DELETE FROM todo_items WHERE completed = 1')).toEqual({ kind: 'ok', affected: 2 });
    expect(run('SELECT * FROM todo_items LIMIT 5')).toMatchObject({ columns: ['id', 'name', 'completed'], rows: [['c', 'Bread', 0]], numeric: [false, false, true] });
    expect(run('SHOW TABLES')).toMatchObject({ columns: ['Tables_in_todos'], rows: [['todo_items']] });
  });

  it('DESCRIBE shows the columns as the client prints them', () => {
    const { run } = server();
    run('CREATE TABLE IF NOT EXISTS todo_items (id varchar(36), name varchar(255), completed boolean) DEFAULT CHARSET utf8mb4');
    const result = run('DESCRIBE todo_items');
    expect(result).toEqual(run('SHOW COLUMNS FROM todo_items'));
    expect(interactive(result, '0.00')).toBe(
      '+-----------+--------------+------+-----+---------+-------+\n| Field     | Type         | Null | Key | Default | Extra |\n+-----------+--------------+------+-----+---------+-------+\n| id        | varchar(36)  | YES  |     | NULL    |       |\n| name      | varchar(255) | YES  |     | NULL    |       |\n| completed | tinyint(1)   | YES  |     | NULL    |       |\n+-----------+--------------+------+-----+---------+-------+\n3 rows in set (0.00 sec)\n\n',
    );
  });

  it.each([
    ['SELECT * FROM nope', "ERROR 1146 (42S02): Table 'todos.nope' doesn't exist"],
    ['USE nope', "ERROR 1049 (42000): Unknown database 'nope'"],
    ['SELEC 1', "ERROR 1064 (42000): You have an error in your SQL syntax; check the manual that corresponds to your MySQL server version for the right syntax to use near 'SELEC 1' at line 1"],
    ['SELECT * FROM todos.t WHERE', "ERROR 1064 (42000): You have an error in your SQL syntax; check the manual that corresponds to your MySQL server version for the right syntax to use near '' at line 1"],
    ['CREATE DATABASE todos', "ERROR 1007 (HY000): Can't create database 'todos'; database exists"],
    ['DROP DATABASE nope', "ERROR 1008 (HY000): Can't drop database 'nope'; database doesn't exist"],
    ['CREATE TABLE t (a int)', "ERROR 1050 (42S01): Table 't' already exists"],
    ['DROP TABLE nope', "ERROR 1051 (42S02): Unknown table 'todos.nope'"],
    ['SELECT x FROM t', "ERROR 1054 (42S22): Unknown column 'x' in 'field list'"],
    ['SELECT * FROM t WHERE x = 1', "ERROR 1054 (42S22): Unknown column 'x' in 'where clause'"],
    ['INSERT INTO t VALUES (1, 2)', "ERROR 1136 (21S01): Column count doesn't match value count at row 1"],
    ['', 'ERROR 1065 (42000): Query was empty'],
  ])('%s → %s', (sql, expected) => {
    const { run } = server();
    run('CREATE TABLE t (a int)');
    expect(error(() => run(sql))).toBe(expected);
  });

  it('a session without a database and a user without grants get 1046 and 1044', () => {
    const { run, root, dir } = server();
    expect(error(() => run('SHOW TABLES', { ...root, db: undefined }))).toBe('ERROR 1046 (3D000): No database selected');
    const app: Session = { account: dir.accounts()[1]!, clientHost: '172.18.0.3', db: undefined, version: '8.0.41' };
    expect(error(() => run('USE mysql', app))).toBe("ERROR 1044 (42000): Access denied for user 'app'@'%' to database 'mysql'");
    expect(run('SHOW DATABASES', app)).toMatchObject({ rows: [['information_schema'], ['performance_schema'], ['todos']] });
    expect(run('SHOW DATABASES')).toMatchObject({ rows: [['information_schema'], ['mysql'], ['performance_schema'], ['sys'], ['todos']] });
  });

  it('tables are files of the data directory: a second engine on the same files sees the rows', () => {
    const { run, dir } = server();
    run('CREATE TABLE t (a int, b varchar(10))');
    run("INSERT INTO t VALUES (1, 'x')");
    const again = new SqlEngine(dir);
    expect(again.run('SELECT b FROM t WHERE a = 1', { account: dir.accounts()[0]!, clientHost: 'localhost', db: 'todos', version: '8.0.41' })).toMatchObject({ rows: [['x']] });
  });

  it('property: any string the driver escapes is stored and read back unchanged', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const { run } = server();
        run('CREATE TABLE t (v varchar(255))');
        run(`INSERT INTO t VALUES (${escapeValue(s)})`);
        const result = run(`SELECT v FROM t WHERE v = ${escapeValue(s)}`);
        return result.kind === 'rows' && result.rows.length === 1 && result.rows[0]![0] === s;
      }),
      { numRuns: 200 },
    );
  });

  it('property: COUNT(*) after n inserts and k deletes by key is n − k', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 }), (n, k) => {
        const { run } = server();
        run('CREATE TABLE t (id int)');
        for (let i = 0; i < n; i++) run(`INSERT INTO t VALUES (${i})`);
        run(`DELETE FROM t WHERE id < ${k}`);
        const result = run('SELECT COUNT(*) FROM t');
        return result.kind === 'rows' && result.rows[0]![0] === n - Math.min(n, k);
      }),
    );
  });
});

describe('the client', () => {
  const rows = { kind: 'rows' as const, columns: ['id', 'name'], numeric: [true, false], rows: [[1, 'milk'], [10, null]] };

  it('prints bordered tables (numbers right-aligned) on a terminal and tab-separated batches otherwise', () => {
    expect(table(rows)).toBe('+----+------+\n| id | name |\n+----+------+\n|  1 | milk |\n| 10 | NULL |\n+----+------+\n');
    expect(batch({ ...rows, rows: [[1, 'a\tb\nc\\']] })).toBe('id\tname\n1\ta\\tb\\nc\\\\\n');
    expect(interactive(rows, '0.00')).toBe(`${table(rows)}2 rows in set (0.00 sec)\n\n`);
    expect(interactive({ ...rows, rows: [] }, '0.00')).toBe('Empty set (0.00 sec)\n\n');
    expect(interactive({ kind: 'ok', affected: 1 }, '0.01')).toBe('Query OK, 1 row affected (0.01 sec)\n\n');
    expect(interactive({ kind: 'ok', affected: 0, matched: 1, changed: 0 }, '0.00')).toBe('Query OK, 0 rows affected (0.00 sec)\nRows matched: 1  Changed: 0  Warnings: 0\n\n');
    expect(interactive({ kind: 'ok', affected: 0, dbChanged: true }, '0.00')).toBe('Database changed\n');
  });

  it.each([
    [['-u', 'root', '-p'], { user: 'root', password: null, database: undefined }],
    [['-psecret', 'todos'], { user: undefined, password: 'secret', database: 'todos' }],
    [['-p', 'secret'], { password: null, database: 'secret' }],
    [['--user=app', '--password=pw', '-h', 'mysql', '-e', 'select 1'], { user: 'app', password: 'pw', host: 'mysql', execute: 'select 1' }],
    [['-uroot', '-hdb', '-P3307', '-Dtodos'], { user: 'root', host: 'db', port: 3307, database: 'todos' }],
  ])('mysql %j', (args, expected) => {
    expect(parseClientArgs(args)).toMatchObject(expected);
  });

  it('splits input at ; outside quotes and keeps an unfinished statement', () => {
    expect(splitStatements("select 'a;b'; select 2\\g select")).toEqual({ statements: ["select 'a;b'", 'select 2'], rest: ' select' });
  });
});
