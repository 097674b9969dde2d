/**
 * @module
 * Evaluating expressions over a row with MySQL's comparison rules: NULL compares as unknown
 * (never true), a number against a string compares numerically, and strings compare
 * case-insensitively (the default utf8mb4_0900_ai_ci collation).
 */
import type { Expr, SqlValue } from './sql-ast.js';
import { unknownColumn } from './sql-error.js';

/** What a row offers an expression: a column's value by name (case-insensitive). */
export type RowLookup = (column: string) => SqlValue;

/** Builds a lookup over `columns`/`row`; unknown names raise 1054 for `clause`. */
export function rowLookup(columns: readonly string[], row: readonly SqlValue[], clause: string): RowLookup {
  return (name) => {
    const i = columns.findIndex((c) => c.toLowerCase() === name.toLowerCase());
    if (i < 0) throw unknownColumn(name, clause);
    return row[i] ?? null;
  };
}

function compareValues(a: SqlValue, b: SqlValue): number | null {
  if (a === null || b === null) return null;
  if (typeof a === 'number' || typeof b === 'number') {
    const x = Number(a);
    const y = Number(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Sort order of ORDER BY: NULL first, then as {@link compareValues}. */
export function orderValues(a: SqlValue, b: SqlValue): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  return compareValues(a, b) ?? 0;
}

/** The value of `expr` (1/0/NULL for conditions). */
export function evaluate(expr: Expr, row: RowLookup): SqlValue {
  switch (expr.kind) {
    case 'literal':
      return expr.value;
    case 'column':
      return row(expr.name);
    case 'compare': {
      const c = compareValues(evaluate(expr.left, row), evaluate(expr.right, row));
      if (c === null) return null;
      const ops = { '=': c === 0, '<>': c !== 0, '<': c < 0, '>': c > 0, '<=': c <= 0, '>=': c >= 0 };
      return ops[expr.op] ? 1 : 0;
    }
    case 'logic': {
      const l = truth(evaluate(expr.left, row));
      const r = truth(evaluate(expr.right, row));
      if (expr.op === 'AND') return l === false || r === false ? 0 : l === null || r === null ? null : 1;
      return l === true || r === true ? 1 : l === null || r === null ? null : 0;
    }
    case 'not': {
      const v = truth(evaluate(expr.operand, row));
      return v === null ? null : v ? 0 : 1;
    }
    case 'is-null':
      return (evaluate(expr.operand, row) === null) !== expr.negated ? 1 : 0;
    default:
      return null;
  }
}

/** SQL truth of a value: NULL is unknown; numbers and numeric strings are true when non-zero. */
export function truth(value: SqlValue): boolean | null {
  if (value === null) return null;
  return Number(value) !== 0 && !Number.isNaN(Number(value));
}

/** Coerces a value to a column's type, as MySQL stores it. */
export function coerce(value: SqlValue, type: string): SqlValue {
  if (value === null) return null;
  if (isNumericType(type)) return typeof value === 'number' ? value : Number.isNaN(Number(value)) ? 0 : Number(value);
  return String(value);
}

/** True for the numeric column types (right-aligned by the client). */
export function isNumericType(type: string): boolean {
  return /^(tinyint|smallint|mediumint|int|bigint|decimal|float|double|numeric)/.test(type);
}

/** Checks, as MySQL does before reading any row, that every column `expr` names exists. */
export function checkColumns(expr: Expr | undefined, columns: readonly string[], clause: string): void {
  if (!expr) return;
  if (expr.kind === 'column') rowLookup(columns, [], clause)(expr.name);
  else if (expr.kind === 'compare' || expr.kind === 'logic') {
    checkColumns(expr.left, columns, clause);
    checkColumns(expr.right, columns, clause);
  } else if (expr.kind === 'not' || expr.kind === 'is-null') checkColumns(expr.operand, columns, clause);
}
