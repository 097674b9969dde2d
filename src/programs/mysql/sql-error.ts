/**
 * @module
 * MySQL's server errors as the `mysql` client prints them — `ERROR 1146 (42S02): Table
 * 'todos.x' doesn't exist` — with the error numbers and SQLSTATEs of MySQL 8.0's
 * errmsg-utf8.txt, for the statements the simulated server understands.
 */

/** A MySQL error: its number, its SQLSTATE and its message. */
export class SqlError extends Error {
  /** The error number (`1146`). */
  readonly code: number;
  /** The SQLSTATE (`42S02`). */
  readonly state: string;

  constructor(code: number, state: string, message: string) {
    super(message);
    this.name = 'SqlError';
    this.code = code;
    this.state = state;
  }
}

/** 1045: wrong password, or a user that does not exist. */
export const accessDenied = (user: string, host: string, usingPassword: boolean): SqlError =>
  new SqlError(1045, '28000', `Access denied for user '${user}'@'${host}' (using password: ${usingPassword ? 'YES' : 'NO'})`);
/** 1044: a user without grants on the database it asked for. */
export const dbAccessDenied = (user: string, host: string, db: string): SqlError =>
  new SqlError(1044, '42000', `Access denied for user '${user}'@'${host}' to database '${db}'`);
/** 1049. */
export const unknownDatabase = (db: string): SqlError => new SqlError(1049, '42000', `Unknown database '${db}'`);
/** 1146. */
export const noSuchTable = (db: string, table: string): SqlError => new SqlError(1146, '42S02', `Table '${db}.${table}' doesn't exist`);
/** 1046. */
export const noDatabaseSelected = (): SqlError => new SqlError(1046, '3D000', 'No database selected');
/** 1007. */
export const databaseExists = (db: string): SqlError => new SqlError(1007, 'HY000', `Can't create database '${db}'; database exists`);
/** 1008. */
export const cannotDropDatabase = (db: string): SqlError => new SqlError(1008, 'HY000', `Can't drop database '${db}'; database doesn't exist`);
/** 1050. */
export const tableExists = (table: string): SqlError => new SqlError(1050, '42S01', `Table '${table}' already exists`);
/** 1051. */
export const unknownTable = (db: string, table: string): SqlError => new SqlError(1051, '42S02', `Unknown table '${db}.${table}'`);
/** 1054; `clause` is `field list`, `where clause`, `order clause`. */
export const unknownColumn = (column: string, clause: string): SqlError => new SqlError(1054, '42S22', `Unknown column '${column}' in '${clause}'`);
/** 1136. */
export const columnCountMismatch = (row: number): SqlError => new SqlError(1136, '21S01', `Column count doesn't match value count at row ${row}`);
/** 1065: nothing but whitespace or comments. */
export const emptyQuery = (): SqlError => new SqlError(1065, '42000', 'Query was empty');
/** 1064, quoting the statement from where parsing stopped. */
export const syntaxError = (near: string): SqlError =>
  new SqlError(1064, '42000', `You have an error in your SQL syntax; check the manual that corresponds to your MySQL server version for the right syntax to use near '${near.slice(0, 80)}' at line 1`);
