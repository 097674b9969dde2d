/**
 * @module
 * The simulated MySQL server's executor: runs a parsed {@link Statement} for a session (its
 * account and current database) against a {@link DataDir}, with MySQL's errors and its result
 * shapes — a result set (columns and rows) or an OK packet (affected, matched and changed rows).
 */
import type { Account, DataDir, TableData } from './data-dir.js';
import { SYSTEM_DATABASES } from './data-dir.js';
import type { Expr, SqlValue, Statement, TableRef } from './sql-ast.js';
import {
  cannotDropDatabase,
  columnCountMismatch,
  databaseExists,
  dbAccessDenied,
  noDatabaseSelected,
  noSuchTable,
  tableExists,
  unknownColumn,
  unknownDatabase,
  unknownTable,
} from './sql-error.js';
import { checkColumns, coerce, evaluate, isNumericType, orderValues, rowLookup, truth } from './sql-eval.js';
import { parseStatement } from './sql-parser.js';

/** A connection's state on the server. */
export interface Session {
  readonly account: Account;
  /** The client's host as the server saw it (`localhost`, `172.18.0.3`). */
  readonly clientHost: string;
  db: string | undefined;
  readonly version: string;
}

/** What a statement returned. */
export type QueryResult =
  | {
      readonly kind: 'rows';
      readonly columns: readonly string[];
      readonly numeric: readonly boolean[];
      /** Columns that may hold NULL (table columns): the client gives them room for `NULL`. */
      readonly nullable?: readonly boolean[];
      readonly rows: readonly (readonly SqlValue[])[];
    }
  | { readonly kind: 'ok'; readonly affected: number; readonly matched?: number; readonly changed?: number; readonly records?: number; readonly dbChanged?: boolean };

/** True when the account may use `db`. */
export function mayUse(account: Account, db: string): boolean {
  return account.grants.includes('*') || account.grants.includes(db) || db === 'information_schema' || db === 'performance_schema';
}

/** Runs statements of one session against a data directory. */
export class SqlEngine {
  readonly #dir: DataDir;

  constructor(dir: DataDir) {
    this.#dir = dir;
  }

  /** Parses and runs one statement. Throws {@link SqlError}. */
  run(sql: string, session: Session): QueryResult {
    return this.execute(parseStatement(sql), session);
  }

  #useDb(session: Session, db: string): void {
    if (!mayUse(session.account, db)) throw dbAccessDenied(session.account.user, session.account.host, db);
    if (!this.#dir.hasDatabase(db)) throw unknownDatabase(db);
  }

  #dbOf(session: Session, ref: TableRef): string {
    const db = ref.db ?? session.db;
    if (db === undefined) throw noDatabaseSelected();
    if (!mayUse(session.account, db)) throw dbAccessDenied(session.account.user, session.account.host, db);
    if (!this.#dir.hasDatabase(db)) throw unknownDatabase(db);
    return db;
  }

  #table(session: Session, ref: TableRef): [string, TableData] {
    const db = this.#dbOf(session, ref);
    const data = this.#dir.readTable(db, ref.name);
    if (!data) throw noSuchTable(db, ref.name);
    return [db, data];
  }

  /** Runs a parsed statement. */
  execute(s: Statement, session: Session): QueryResult {
    switch (s.kind) {
      case 'show-databases': {
        const dbs = this.#dir.databases().filter((db) => mayUse(session.account, db));
        return { kind: 'rows', columns: ['Database'], numeric: [false], rows: dbs.map((d) => [d]) };
      }
      case 'show-tables': {
        if (session.db === undefined) throw noDatabaseSelected();
        return { kind: 'rows', columns: [`Tables_in_${session.db}`], numeric: [false], rows: this.#dir.tables(session.db).map((t) => [t]) };
      }
      case 'describe': {
        const [, data] = this.#table(session, s.table);
        const rows = data.columns.map((c) => [c.name, c.type, 'YES', '', null, '']);
        return { kind: 'rows', columns: ['Field', 'Type', 'Null', 'Key', 'Default', 'Extra'], numeric: rows[0]?.map(() => false) ?? [], nullable: [false, false, false, false, true, false], rows };
      }
      case 'use':
        this.#useDb(session, s.db);
        session.db = s.db;
        return { kind: 'ok', affected: 0, dbChanged: true };
      case 'create-database':
        if (this.#dir.hasDatabase(s.db)) {
          if (s.ifNotExists) return { kind: 'ok', affected: 0 };
          throw databaseExists(s.db);
        }
        if (!session.account.grants.includes('*') && !session.account.grants.includes(s.db)) throw dbAccessDenied(session.account.user, session.account.host, s.db);
        this.#dir.createDatabase(s.db);
        return { kind: 'ok', affected: 1 };
      case 'drop-database':
        if (!this.#dir.hasDatabase(s.db) || (SYSTEM_DATABASES as readonly string[]).includes(s.db)) {
          if (s.ifExists) return { kind: 'ok', affected: 0 };
          throw cannotDropDatabase(s.db);
        }
        this.#useDb(session, s.db);
        {
          const count = this.#dir.tables(s.db).length;
          this.#dir.dropDatabase(s.db);
          if (session.db === s.db) session.db = undefined;
          return { kind: 'ok', affected: count };
        }
      case 'create-table': {
        const db = this.#dbOf(session, s.table);
        if (this.#dir.readTable(db, s.table.name)) {
          if (s.ifNotExists) return { kind: 'ok', affected: 0 };
          throw tableExists(s.table.name);
        }
        this.#dir.writeTable(db, s.table.name, { columns: s.columns, rows: [] });
        return { kind: 'ok', affected: 0 };
      }
      case 'drop-table': {
        const db = this.#dbOf(session, s.table);
        if (!this.#dir.readTable(db, s.table.name)) {
          if (s.ifExists) return { kind: 'ok', affected: 0 };
          throw unknownTable(db, s.table.name);
        }
        this.#dir.dropTable(db, s.table.name);
        return { kind: 'ok', affected: 0 };
      }
      case 'insert':
        return this.#insert(s, session);
      case 'select':
        return this.#select(s, session);
      case 'update':
        return this.#update(s, session);
      case 'delete': {
        const [db, data] = this.#table(session, s.table);
        checkColumns(s.where, data.columns.map((c) => c.name), 'where clause');
        const keep = data.rows.filter((row) => !this.#matches(data, row, s.where));
        this.#dir.writeTable(db, s.table.name, { ...data, rows: keep });
        return { kind: 'ok', affected: data.rows.length - keep.length };
      }
    }
  }

  #matches(data: TableData, row: readonly SqlValue[], where: Expr | undefined): boolean {
    if (!where) return true;
    return truth(evaluate(where, rowLookup(data.columns.map((c) => c.name), row, 'where clause'))) === true;
  }

  #insert(s: Extract<Statement, { kind: 'insert' }>, session: Session): QueryResult {
    const [db, data] = this.#table(session, s.table);
    const names = data.columns.map((c) => c.name.toLowerCase());
    const targets = (s.columns ?? data.columns.map((c) => c.name)).map((c) => {
      const i = names.indexOf(c.toLowerCase());
      if (i < 0) throw unknownColumn(c, 'field list');
      return i;
    });
    const added = s.rows.map((values, n) => {
      if (values.length !== targets.length) throw columnCountMismatch(n + 1);
      const row: SqlValue[] = data.columns.map(() => null);
      values.forEach((v, i) => {
        const col = targets[i]!;
        row[col] = coerce(evaluate(v, () => null), data.columns[col]!.type);
      });
      return row;
    });
    this.#dir.writeTable(db, s.table.name, { ...data, rows: [...data.rows, ...added] });
    return { kind: 'ok', affected: added.length, ...(added.length > 1 ? { records: added.length } : {}) };
  }

  #update(s: Extract<Statement, { kind: 'update' }>, session: Session): QueryResult {
    const [db, data] = this.#table(session, s.table);
    const names = data.columns.map((c) => c.name);
    const targets = s.set.map(({ column }) => {
      const i = names.findIndex((n) => n.toLowerCase() === column.toLowerCase());
      if (i < 0) throw unknownColumn(column, 'field list');
      return i;
    });
    checkColumns(s.where, names, 'where clause');
    let matched = 0;
    let changed = 0;
    const rows = data.rows.map((row) => {
      if (!this.#matches(data, row, s.where)) return row;
      matched++;
      const next = [...row];
      s.set.forEach(({ value }, i) => {
        const col = targets[i]!;
        next[col] = coerce(evaluate(value, rowLookup(names, row, 'field list')), data.columns[col]!.type);
      });
      if (next.some((v, i) => v !== row[i])) changed++;
      return next;
    });
    this.#dir.writeTable(db, s.table.name, { ...data, rows });
    return { kind: 'ok', affected: changed, matched, changed };
  }

  #select(s: Extract<Statement, { kind: 'select' }>, session: Session): QueryResult {
    if (!s.table) {
      const items = s.items === '*' ? [] : s.items;
      const values = items.map((i) => this.#scalar(i.expr, session));
      return { kind: 'rows', columns: items.map((i) => i.heading), numeric: values.map((v) => typeof v === 'number'), rows: [values] };
    }
    const [, data] = this.#table(session, s.table);
    const names = data.columns.map((c) => c.name);
    checkColumns(s.where, names, 'where clause');
    let rows = data.rows.filter((row) => this.#matches(data, row, s.where));
    for (const { column } of s.orderBy) rowLookup(names, [], 'order clause')(column);
    if (s.orderBy.length > 0) {
      rows = [...rows].sort((a, b) => {
        for (const { column, desc } of s.orderBy) {
          const c = orderValues(rowLookup(names, a, 'order clause')(column), rowLookup(names, b, 'order clause')(column));
          if (c !== 0) return desc ? -c : c;
        }
        return 0;
      });
    }
    if (s.items !== '*' && s.items.some((i) => i.expr.kind === 'count')) {
      return { kind: 'rows', columns: s.items.map((i) => i.heading), numeric: s.items.map(() => true), rows: [s.items.map(() => rows.length)] };
    }
    if (s.limit !== undefined) rows = rows.slice(0, s.limit);
    if (s.items === '*') return { kind: 'rows', columns: names, numeric: data.columns.map((c) => isNumericType(c.type)), nullable: names.map(() => true), rows };
    const items = s.items;
    const out = rows.map((row) => items.map((i) => evaluate(i.expr, rowLookup(names, row, 'field list'))));
    const numeric = items.map((i) => {
      if (i.expr.kind !== 'column') return i.expr.kind === 'literal' && typeof i.expr.value === 'number';
      const name = i.expr.name.toLowerCase();
      const col = data.columns.find((c) => c.name.toLowerCase() === name);
      if (!col) throw unknownColumn(i.expr.name, 'field list');
      return isNumericType(col.type);
    });
    return { kind: 'rows', columns: items.map((i) => i.heading), numeric, nullable: items.map((i) => i.expr.kind === 'column'), rows: out };
  }

  #scalar(expr: Expr, session: Session): SqlValue {
    if (expr.kind === 'call') {
      if (expr.name === 'DATABASE') return session.db ?? null;
      if (expr.name === 'VERSION') return session.version;
      if (expr.name === 'USER') return `${session.account.user}@${session.clientHost}`;
      return null;
    }
    return evaluate(expr, (name) => {
      throw unknownColumn(name, 'field list');
    });
  }
}
