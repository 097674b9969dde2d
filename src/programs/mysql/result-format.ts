/**
 * @module
 * How the `mysql` client prints results: bordered tables for a terminal (numbers right-aligned,
 * NULL as `NULL`) with the `N rows in set (0.00 sec)` / `Query OK, …` summaries of interactive
 * use, and tab-separated batch output (a heading line, then one line per row, with `\t`, `\n`
 * and `\\` escaped) when its output is not a terminal.
 */
import type { SqlValue } from './sql-ast.js';
import type { QueryResult } from './sql-engine.js';

type Rows = Extract<QueryResult, { kind: 'rows' }>;

const cell = (v: SqlValue): string => (v === null ? 'NULL' : String(v));

/** The bordered table of a result set. */
export function table(result: Rows): string {
  // mysql.cc print_table_data: a nullable column is at least 4 wide, room for NULL.
  const widths = result.columns.map((c, i) => Math.max(c.length, result.nullable?.[i] ? 4 : 0, ...result.rows.map((r) => cell(r[i] ?? null).length)));
  const rule = `+${widths.map((w) => '-'.repeat(w + 2)).join('+')}+\n`;
  const line = (values: readonly string[], numeric: (i: number) => boolean) =>
    `|${values.map((v, i) => ` ${numeric(i) ? v.padStart(widths[i]!) : v.padEnd(widths[i]!)} `).join('|')}|\n`;
  return rule + line(result.columns, () => false) + rule + result.rows.map((r) => line(r.map(cell), (i) => result.numeric[i] === true && r[i] !== null)).join('') + rule;
}

const escape = (v: SqlValue): string => (v === null ? 'NULL' : String(v).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n'));

/** Batch (non-terminal) output of a result set. */
export function batch(result: Rows): string {
  return [result.columns.join('\t'), ...result.rows.map((r) => r.map(escape).join('\t'))].map((l) => `${l}\n`).join('');
}

const rows = (n: number, word: string) => `${n} ${n === 1 ? 'row' : 'rows'} ${word}`;

/** What interactive mysql prints after a statement (`seconds` as measured). */
export function interactive(result: QueryResult, seconds: string): string {
  if (result.kind === 'rows') {
    if (result.rows.length === 0) return `Empty set (${seconds} sec)\n\n`;
    return `${table(result)}${rows(result.rows.length, 'in set')} (${seconds} sec)\n\n`;
  }
  if (result.dbChanged) return 'Database changed\n';
  let out = `Query OK, ${rows(result.affected, 'affected')} (${seconds} sec)\n`;
  if (result.matched !== undefined) out += `Rows matched: ${result.matched}  Changed: ${result.changed ?? 0}  Warnings: 0\n`;
  if (result.records !== undefined) out += `Records: ${result.records}  Duplicates: 0  Warnings: 0\n`;
  return `${out}\n`;
}
