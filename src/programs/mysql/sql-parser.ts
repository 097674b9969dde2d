/**
 * @module
 * A recursive-descent parser for the SQL subset of {@link Statement}. Anything outside it is a
 * syntax error (1064) quoting the statement from the token where parsing stopped, as MySQL's
 * parser reports it.
 */
import type { ColumnDef, Expr, SelectItem, Statement, TableRef } from './sql-ast.js';
import { emptyQuery, syntaxError } from './sql-error.js';
import { tokenize, type Token } from './sql-lexer.js';

class Parser {
  readonly #sql: string;
  readonly #tokens: Token[];
  #pos = 0;

  constructor(sql: string) {
    this.#sql = sql;
    this.#tokens = tokenize(sql);
  }

  get peek(): Token {
    return this.#tokens[this.#pos]!;
  }

  fail(): never {
    throw syntaxError(this.#sql.slice(this.peek.at));
  }

  next(): Token {
    const t = this.peek;
    if (t.kind !== 'end') this.#pos++;
    return t;
  }

  isWord(...words: string[]): boolean {
    return this.peek.kind === 'word' && words.includes(this.peek.text.toUpperCase());
  }

  accept(word: string): boolean {
    if (!this.isWord(word) && !(this.peek.kind === 'punct' && this.peek.text === word)) return false;
    this.next();
    return true;
  }

  expect(word: string): void {
    if (!this.accept(word)) this.fail();
  }

  name(): string {
    const t = this.peek;
    if (t.kind !== 'word' && t.kind !== 'name') this.fail();
    this.next();
    return t.text;
  }

  tableRef(): TableRef {
    const first = this.name();
    if (!this.accept('.')) return { db: undefined, name: first };
    return { db: first, name: this.name() };
  }

  ifNot(exists: 'NOT EXISTS' | 'EXISTS'): boolean {
    if (!this.accept('IF')) return false;
    if (exists === 'NOT EXISTS') this.expect('NOT');
    this.expect('EXISTS');
    return true;
  }

  done(): void {
    this.accept(';');
    if (this.peek.kind !== 'end') this.fail();
  }

  statement(): Statement {
    if (this.peek.kind === 'end') throw emptyQuery();
    const verb = this.isWord('SHOW', 'USE', 'CREATE', 'DROP', 'INSERT', 'SELECT', 'UPDATE', 'DELETE', 'DESCRIBE', 'DESC') ? this.next().text.toUpperCase() : this.fail();
    const s = this.body(verb);
    this.done();
    return s;
  }

  body(verb: string): Statement {
    switch (verb) {
      case 'SHOW':
        if (this.accept('DATABASES') || this.accept('SCHEMAS')) return { kind: 'show-databases' };
        if (this.accept('COLUMNS') || this.accept('FIELDS')) {
          if (!this.accept('FROM')) this.expect('IN');
          return { kind: 'describe', table: this.tableRef() };
        }
        this.expect('TABLES');
        return { kind: 'show-tables' };
      case 'DESCRIBE':
      case 'DESC':
        return { kind: 'describe', table: this.tableRef() };
      case 'USE':
        return { kind: 'use', db: this.name() };
      case 'CREATE':
        return this.create();
      case 'DROP':
        if (this.accept('DATABASE') || this.accept('SCHEMA')) {
          const ifExists = this.ifNot('EXISTS');
          return { kind: 'drop-database', ifExists, db: this.name() };
        }
        this.expect('TABLE');
        {
          const ifExists = this.ifNot('EXISTS');
          return { kind: 'drop-table', ifExists, table: this.tableRef() };
        }
      case 'INSERT':
        return this.insert();
      case 'SELECT':
        return this.select();
      case 'UPDATE':
        return this.update();
      default:
        this.expect('FROM');
        {
          const table = this.tableRef();
          return { kind: 'delete', table, where: this.where() };
        }
    }
  }

  create(): Statement {
    if (this.accept('DATABASE') || this.accept('SCHEMA')) {
      const ifNotExists = this.ifNot('NOT EXISTS');
      const db = this.name();
      this.tableOptions();
      return { kind: 'create-database', db, ifNotExists };
    }
    this.expect('TABLE');
    const ifNotExists = this.ifNot('NOT EXISTS');
    const table = this.tableRef();
    this.expect('(');
    const columns: ColumnDef[] = [];
    do columns.push(this.columnDef());
    while (this.accept(','));
    this.expect(')');
    this.tableOptions();
    return { kind: 'create-table', table, columns, ifNotExists };
  }

  columnDef(): ColumnDef {
    const name = this.name();
    const base = this.name().toLowerCase();
    let size = '';
    if (this.accept('(')) {
      const parts: string[] = [];
      do parts.push(this.peek.kind === 'number' ? this.next().text : this.fail());
      while (this.accept(','));
      this.expect(')');
      size = `(${parts.join(',')})`;
    }
    // Column attributes the subset accepts and ignores (it keeps no constraints).
    while (this.isWord('NOT', 'NULL', 'PRIMARY', 'KEY', 'UNIQUE', 'AUTO_INCREMENT', 'DEFAULT', 'UNSIGNED')) {
      if (this.next().text.toUpperCase() === 'DEFAULT') this.operand();
    }
    const type = base === 'boolean' || base === 'bool' ? 'tinyint(1)' : base === 'int' || base === 'integer' ? `int${size}` : `${base}${size}`;
    return { name, type };
  }

  /** `DEFAULT CHARSET utf8mb4`, `ENGINE=InnoDB`, … accepted and ignored. */
  tableOptions(): void {
    while (this.isWord('DEFAULT', 'CHARSET', 'CHARACTER', 'SET', 'COLLATE', 'ENGINE')) {
      const word = this.next().text.toUpperCase();
      if (word === 'DEFAULT' || word === 'CHARACTER') continue;
      this.accept('=');
      this.name();
    }
  }

  insert(): Statement {
    this.accept('INTO');
    const table = this.tableRef();
    let columns: string[] | undefined;
    if (this.accept('(')) {
      columns = [];
      do columns.push(this.name());
      while (this.accept(','));
      this.expect(')');
    }
    if (!this.accept('VALUES')) this.expect('VALUE');
    const rows: Expr[][] = [];
    do {
      this.expect('(');
      const row: Expr[] = [];
      do row.push(this.operand());
      while (this.accept(','));
      this.expect(')');
      rows.push(row);
    } while (this.accept(','));
    return { kind: 'insert', table, columns, rows };
  }

  select(): Statement {
    let items: SelectItem[] | '*';
    if (this.accept('*')) items = '*';
    else {
      items = [];
      do {
        const start = this.peek.at;
        const expr = this.selectExpr();
        const text = this.#sql.slice(start, this.peek.at).trim();
        const heading = this.accept('AS') || this.peek.kind === 'name' ? this.name() : expr.kind === 'column' ? expr.name : text;
        items.push({ expr, heading });
      } while (this.accept(','));
    }
    const table = this.accept('FROM') ? this.tableRef() : undefined;
    const where = this.where();
    const orderBy: { column: string; desc: boolean }[] = [];
    if (this.accept('ORDER')) {
      this.expect('BY');
      do orderBy.push({ column: this.name(), desc: this.accept('DESC') || (this.accept('ASC') && false) });
      while (this.accept(','));
    }
    let limit: number | undefined;
    if (this.accept('LIMIT')) limit = this.peek.kind === 'number' ? Number(this.next().text) : this.fail();
    return { kind: 'select', items, table, where, orderBy, limit };
  }

  selectExpr(): Expr {
    if (this.isWord('COUNT')) {
      this.next();
      this.expect('(');
      this.expect('*');
      this.expect(')');
      return { kind: 'count' };
    }
    if (this.isWord('DATABASE', 'VERSION', 'USER', 'NOW') && this.#tokens[this.#pos + 1]?.text === '(') {
      const name = this.next().text.toUpperCase();
      this.expect('(');
      this.expect(')');
      return { kind: 'call', name };
    }
    return this.operand();
  }

  update(): Statement {
    const table = this.tableRef();
    this.expect('SET');
    const set: { column: string; value: Expr }[] = [];
    do {
      const column = this.name();
      this.expect('=');
      set.push({ column, value: this.operand() });
    } while (this.accept(','));
    return { kind: 'update', table, set, where: this.where() };
  }

  where(): Expr | undefined {
    return this.accept('WHERE') ? this.or() : undefined;
  }

  or(): Expr {
    let left = this.and();
    while (this.accept('OR') || this.accept('||')) left = { kind: 'logic', op: 'OR', left, right: this.and() };
    return left;
  }

  and(): Expr {
    let left = this.not();
    while (this.accept('AND') || this.accept('&&')) left = { kind: 'logic', op: 'AND', left, right: this.not() };
    return left;
  }

  not(): Expr {
    if (this.accept('NOT') || this.accept('!')) return { kind: 'not', operand: this.not() };
    return this.comparison();
  }

  comparison(): Expr {
    if (this.accept('(')) {
      const inner = this.or();
      this.expect(')');
      return inner;
    }
    const left = this.operand();
    if (this.accept('IS')) {
      const negated = this.accept('NOT');
      this.expect('NULL');
      return { kind: 'is-null', operand: left, negated };
    }
    const t = this.peek;
    if (t.kind === 'punct' && ['=', '<>', '!=', '<', '>', '<=', '>='].includes(t.text)) {
      this.next();
      const op = t.text === '!=' ? '<>' : (t.text as '=' | '<>' | '<' | '>' | '<=' | '>=');
      return { kind: 'compare', op, left, right: this.operand() };
    }
    return left;
  }

  operand(): Expr {
    const t = this.peek;
    if (t.kind === 'string') return this.next(), { kind: 'literal', value: t.text };
    if (t.kind === 'number') return this.next(), { kind: 'literal', value: Number(t.text) };
    if (t.kind === 'punct' && t.text === '-' && this.#tokens[this.#pos + 1]?.kind === 'number') {
      this.next();
      return { kind: 'literal', value: -Number(this.next().text) };
    }
    if (this.isWord('NULL')) return this.next(), { kind: 'literal', value: null };
    if (this.isWord('TRUE')) return this.next(), { kind: 'literal', value: 1 };
    if (this.isWord('FALSE')) return this.next(), { kind: 'literal', value: 0 };
    if (t.kind === 'word' || t.kind === 'name') {
      this.next();
      // `table.column`: the subset has one table per query, so the qualifier is dropped.
      if (this.accept('.')) return { kind: 'column', name: this.name() };
      return { kind: 'column', name: t.text };
    }
    return this.fail();
  }
}

/** Parses one statement (a trailing `;` allowed); throws a {@link SqlError} 1064 or 1065. */
export function parseStatement(sql: string): Statement {
  return new Parser(sql).statement();
}
