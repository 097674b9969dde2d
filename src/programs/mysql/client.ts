/**
 * @module
 * `mysql`, the MySQL command-line client (program `mysql`, `/usr/bin/mysql`): connects over the
 * container's network (`localhost` by default — the server sees `'root'@'localhost'`), asks for
 * the password when `-p` has none, and runs statements from `-e`, from piped input (batch
 * output) or interactively at a `mysql> ` prompt on a terminal (`docker exec -it … mysql -p`),
 * printing results and errors as the real client does.
 */
import { NetError, type ProcessContext, type Program, type Socket } from '../types.js';
import { parseClientArgs, splitStatements, UnknownOption, type ClientArgs } from './client-args.js';
import { batch, interactive, table } from './result-format.js';
import { SqlError } from './sql-error.js';
import { serverVersion } from './server-log.js';
import { MysqlConnection } from './wire.js';

const PASSWORD_WARNING = 'mysql: [Warning] Using a password on the command line interface can be insecure.\n';

function banner(connectionId: number, version: string): string {
  return `Welcome to the MySQL monitor.  Commands end with ; or \\g.
Your MySQL connection id is ${connectionId}
Server version: ${version} MySQL Community Server - GPL

Copyright (c) 2000, 2025, Oracle and/or its affiliates.

Oracle is a registered trademark of Oracle Corporation and/or its
affiliates. Other names may be trademarks of their respective
owners.

Type 'help;' or '\\h' for help. Type '\\c' to clear the current input statement.

`;
}

async function dial(ctx: ProcessContext, args: ClientArgs): Promise<Socket> {
  const local = args.host === 'localhost';
  try {
    return await ctx.net.connect(local ? '127.0.0.1' : args.host, args.port);
  } catch (e) {
    if (!(e instanceof NetError)) throw e;
    if (local) throw new SqlError(2002, 'HY000', "Can't connect to local MySQL server through socket '/var/run/mysqld/mysqld.sock' (2)");
    if (e.code === 'ENOTFOUND') throw new SqlError(2005, 'HY000', `Unknown MySQL server host '${args.host}' (-2)`);
    throw new SqlError(2003, 'HY000', `Can't connect to MySQL server on '${args.host}:${args.port}' (${e.code === 'ETIMEDOUT' ? 110 : 111})`);
  }
}

const seconds = (ms: number) => (ms / 1000).toFixed(2);

/** Interactive use at the `mysql> ` prompt until `exit`, `quit`, `\q` or end of input. */
async function repl(ctx: ProcessContext, conn: MysqlConnection): Promise<number> {
  ctx.stdout.write(banner(conn.hello.connectionId, conn.hello.version));
  let pending = '';
  for (;;) {
    ctx.stdout.write(pending.trim() === '' ? 'mysql> ' : '    -> ');
    const line = await ctx.stdin.readLine();
    if (line === null || (pending.trim() === '' && /^\s*(exit|quit|\\q)\s*;?\s*$/i.test(line))) {
      ctx.stdout.write('Bye\n');
      conn.close();
      return 0;
    }
    // `use db` is a client command: it needs no terminator.
    const use = pending.trim() === '' ? /^\s*use\s+(\S+?)\s*;?\s*$/i.exec(line) : null;
    const { statements, rest } = use ? { statements: [`USE ${use[1]}`], rest: '' } : splitStatements(`${pending}${line}\n`);
    pending = rest.trim() === '' ? '' : rest;
    for (const sql of statements) {
      const started = ctx.clock.now();
      try {
        const result = await conn.query(sql);
        ctx.stdout.write(interactive(result, seconds(ctx.clock.now() - started)));
      } catch (e) {
        if (!(e instanceof SqlError)) throw e;
        ctx.stdout.write(`ERROR ${e.code} (${e.state}): ${e.message}\n`);
      }
    }
  }
}

/** Statements from `-e` or piped input: results as a table on a terminal, else batch; the first error ends the run. */
async function runAll(ctx: ProcessContext, conn: MysqlConnection, text: string, tableOutput: boolean): Promise<number> {
  const { statements, rest } = splitStatements(text);
  if (rest.trim() !== '') statements.push(rest.trim());
  for (const sql of statements) {
    try {
      const result = await conn.query(sql);
      if (result.kind === 'rows' && result.columns.length > 0) ctx.stdout.write(tableOutput ? table(result) : batch(result));
    } catch (e) {
      if (!(e instanceof SqlError)) throw e;
      ctx.stderr.write(`ERROR ${e.code} (${e.state}) at line 1: ${e.message}\n`);
      conn.close();
      return 1;
    }
  }
  conn.close();
  return 0;
}

/** The `mysql` program. */
export const mysqlClient: Program = async (ctx) => {
  let args: ClientArgs;
  try {
    args = parseClientArgs(ctx.argv.slice(1));
  } catch (e) {
    if (!(e instanceof UnknownOption)) throw e;
    ctx.stderr.write(`mysql: [ERROR] unknown option '${e.message}'.\n`);
    return 7;
  }
  if (args.version) {
    ctx.stdout.write(`mysql  Ver ${serverVersion(ctx.env)} for Linux on x86_64 (MySQL Community Server - GPL)\n`);
    return 0;
  }
  let password = args.password;
  if (password === null) {
    // getpass(3) prompts on the terminal; without one, on stderr.
    (ctx.stdout.isTTY ? ctx.stdout : ctx.stderr).write('Enter password: ');
    password = (await ctx.stdin.readLine()) ?? '';
    if (ctx.stdin.isTTY) ctx.stdout.write('\n');
  } else if (password !== undefined) {
    ctx.stderr.write(PASSWORD_WARNING);
  }
  const user = args.user ?? ctx.user.name ?? 'root';
  let conn: MysqlConnection;
  try {
    conn = await MysqlConnection.open(await dial(ctx, args), { user, password: password ?? null, database: args.database ?? null });
  } catch (e) {
    if (!(e instanceof SqlError)) throw e;
    ctx.stderr.write(`ERROR ${e.code} (${e.state}): ${e.message}\n`);
    return 1;
  }
  if (args.execute !== undefined) return runAll(ctx, conn, args.execute, ctx.stdout.isTTY && !args.batch);
  if (ctx.stdin.isTTY && !args.batch) return repl(ctx, conn);
  return runAll(ctx, conn, new TextDecoder().decode(await ctx.stdin.readAll()), false);
};
