/**
 * @module
 * The MySQL data directory (`/var/lib/mysql`) as files in the container's filesystem, so a
 * volume keeps databases, tables and accounts across containers exactly as it keeps the real
 * server's: one directory per database (the real layout), one `<table>.ibd` file per table
 * (here JSON: its columns and rows in insertion order), and the accounts in `mysql.ibd`. The
 * entrypoint's "already initialized" test is the real one: does `<datadir>/mysql` exist.
 */
import type { ProcessFs } from '../types.js';
import type { ColumnDef, SqlValue } from './sql-ast.js';

/** A table's definition and rows. */
export interface TableData {
  readonly columns: readonly ColumnDef[];
  readonly rows: readonly (readonly SqlValue[])[];
}

/** An account (`'user'@'host'`) with its password and the databases it has ALL PRIVILEGES on (`*` = every). */
export interface Account {
  readonly user: string;
  readonly host: string;
  readonly password: string;
  readonly grants: readonly string[];
}

/** Databases the server always has, whatever the directory holds. */
export const SYSTEM_DATABASES = ['information_schema', 'mysql', 'performance_schema', 'sys'] as const;

const MYSQL_UID = 999;
const decoder = new TextDecoder();

/** Reads and writes a data directory through a process's filesystem. */
export class DataDir {
  readonly #fs: ProcessFs;
  /** The data directory's path in the container (`datadir`). */
  readonly root: string;

  constructor(fs: ProcessFs, root = '/var/lib/mysql') {
    this.#fs = fs;
    this.root = root;
  }

  /** True once `mysqld --initialize` has run here. */
  get initialized(): boolean {
    return this.#fs.exists(`${this.root}/mysql`);
  }

  #write(path: string, data: string): void {
    this.#fs.writeFile(path, data, { mode: 0o640 });
    this.#fs.chown(path, MYSQL_UID, MYSQL_UID);
  }

  #mkdir(path: string): void {
    this.#fs.mkdir(path, { mode: 0o750 });
    this.#fs.chown(path, MYSQL_UID, MYSQL_UID);
  }

  /** Creates the system schema and files of a fresh data directory. */
  initialize(serverUuid: string): void {
    if (!this.#fs.exists(this.root)) this.#fs.mkdir(this.root, { recursive: true });
    this.#write(`${this.root}/auto.cnf`, `[auto]\nserver-uuid=${serverUuid}\n`);
    for (const file of ['ibdata1', 'ibtmp1', 'undo_001', 'undo_002', 'binlog.000001', 'binlog.index', 'ca.pem', 'server-cert.pem', 'server-key.pem']) this.#write(`${this.root}/${file}`, '');
    this.#mkdir(`${this.root}/mysql`);
    this.#mkdir(`${this.root}/performance_schema`);
    this.#mkdir(`${this.root}/sys`);
    this.#mkdir(`${this.root}/#innodb_redo`);
    this.#mkdir(`${this.root}/#innodb_temp`);
    this.writeTable('sys', 'sys_config', { columns: [{ name: 'variable', type: 'varchar(128)' }, { name: 'value', type: 'varchar(128)' }], rows: [['statement_truncate_len', '64']] });
    this.setAccounts([]);
  }

  /** Database names (directories that are not InnoDB's own `#…`), with information_schema, sorted. */
  databases(): string[] {
    const dirs = this.#fs.exists(this.root) ? this.#fs.readdir(this.root).filter((n) => !n.startsWith('#') && this.#fs.stat(`${this.root}/${n}`).kind === 'directory') : [];
    return [...new Set(['information_schema', ...dirs])].sort();
  }

  /** True when `db` exists (information_schema always does). */
  hasDatabase(db: string): boolean {
    return db === 'information_schema' || (!db.startsWith('#') && this.#fs.exists(`${this.root}/${db}`) && this.#fs.stat(`${this.root}/${db}`).kind === 'directory');
  }

  /** Creates an empty database directory. */
  createDatabase(db: string): void {
    this.#mkdir(`${this.root}/${db}`);
  }

  /** Removes a database with its tables. */
  dropDatabase(db: string): void {
    this.#fs.rm(`${this.root}/${db}`, { recursive: true });
  }

  /** Table names of a database, sorted. */
  tables(db: string): string[] {
    if (db === 'information_schema') return [];
    return this.#fs.readdir(`${this.root}/${db}`).filter((n) => n.endsWith('.ibd')).map((n) => n.slice(0, -4)).sort();
  }

  /** A table's definition and rows, or undefined when there is no such table. */
  readTable(db: string, table: string): TableData | undefined {
    const path = `${this.root}/${db}/${table}.ibd`;
    if (!this.#fs.exists(path)) return undefined;
    return JSON.parse(decoder.decode(this.#fs.readFile(path))) as TableData;
  }

  /** Creates or replaces a table's file. */
  writeTable(db: string, table: string, data: TableData): void {
    this.#write(`${this.root}/${db}/${table}.ibd`, JSON.stringify(data));
  }

  /** Removes a table's file. */
  dropTable(db: string, table: string): void {
    this.#fs.rm(`${this.root}/${db}/${table}.ibd`);
  }

  /** The accounts (`mysql.user`). */
  accounts(): Account[] {
    const path = `${this.root}/mysql.ibd`;
    return this.#fs.exists(path) ? (JSON.parse(decoder.decode(this.#fs.readFile(path))) as Account[]) : [];
  }

  /** Replaces the accounts. */
  setAccounts(accounts: readonly Account[]): void {
    this.#write(`${this.root}/mysql.ibd`, JSON.stringify(accounts));
  }
}
