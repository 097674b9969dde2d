/**
 * @module
 * The statements of the SQL subset the simulated MySQL server runs (enough for the
 * getting-started workshop and a learner poking at it): databases, tables, rows and simple
 * queries.
 */

/** A stored value: MySQL's strings, numbers (booleans are TINYINT 0/1) and NULL. */
export type SqlValue = string | number | null;

/** An expression of a WHERE clause or a select list. */
export type Expr =
  | { readonly kind: 'literal'; readonly value: SqlValue }
  | { readonly kind: 'column'; readonly name: string }
  | { readonly kind: 'compare'; readonly op: '=' | '<>' | '<' | '>' | '<=' | '>='; readonly left: Expr; readonly right: Expr }
  | { readonly kind: 'logic'; readonly op: 'AND' | 'OR'; readonly left: Expr; readonly right: Expr }
  | { readonly kind: 'not'; readonly operand: Expr }
  | { readonly kind: 'is-null'; readonly operand: Expr; readonly negated: boolean }
  | { readonly kind: 'count' }
  | { readonly kind: 'call'; readonly name: string };

/** One column of CREATE TABLE. */
export interface ColumnDef {
  readonly name: string;
  /** As MySQL shows it (`varchar(36)`, `tinyint(1)` for boolean). */
  readonly type: string;
}

/** One item of a select list, with the heading the client shows. */
export interface SelectItem {
  readonly expr: Expr;
  readonly heading: string;
}

/** A parsed statement. */
export type Statement =
  | { readonly kind: 'show-databases' }
  | { readonly kind: 'show-tables' }
  | { readonly kind: 'describe'; readonly table: TableRef }
  | { readonly kind: 'use'; readonly db: string }
  | { readonly kind: 'create-database'; readonly db: string; readonly ifNotExists: boolean }
  | { readonly kind: 'create-table'; readonly table: TableRef; readonly columns: readonly ColumnDef[]; readonly ifNotExists: boolean }
  | { readonly kind: 'drop-database'; readonly db: string; readonly ifExists: boolean }
  | { readonly kind: 'drop-table'; readonly table: TableRef; readonly ifExists: boolean }
  | { readonly kind: 'insert'; readonly table: TableRef; readonly columns: readonly string[] | undefined; readonly rows: readonly (readonly Expr[])[] }
  | { readonly kind: 'select'; readonly items: readonly SelectItem[] | '*'; readonly table: TableRef | undefined; readonly where: Expr | undefined; readonly orderBy: readonly { readonly column: string; readonly desc: boolean }[]; readonly limit: number | undefined }
  | { readonly kind: 'update'; readonly table: TableRef; readonly set: readonly { readonly column: string; readonly value: Expr }[]; readonly where: Expr | undefined }
  | { readonly kind: 'delete'; readonly table: TableRef; readonly where: Expr | undefined };

/** A table name, optionally qualified by its database. */
export interface TableRef {
  readonly db: string | undefined;
  readonly name: string;
}
