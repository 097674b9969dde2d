/**
 * @module
 * Go's `text/tabwriter`, which the docker CLI prints every table and `docker version` through.
 * Cells end with `\t`; consecutive lines that have a cell in the same column form a column block
 * whose width is its widest cell plus padding (at least `minWidth`); a line without tabs ends all
 * blocks. Widths count runes, as Go does. Only space padding and left alignment are modelled
 * (what the CLI uses).
 */

/** Settings of {@link tabwrite} (Go's `tabwriter.NewWriter(w, minwidth, tabwidth, padding, padchar, flags)`). */
export interface TabWriterOptions {
  readonly minWidth: number;
  readonly padding: number;
  /** Drop columns whose cells are all empty (Go's `DiscardEmptyColumns`). */
  readonly discardEmptyColumns?: boolean;
}

/** docker's table writer: `tabwriter.NewWriter(out, 10, 1, 3, ' ', 0)` (cli/command/formatter). */
export const TABLE_WRITER: TabWriterOptions = { minWidth: 10, padding: 3 };
/** `docker version` / `docker info`-style key/value writer: `NewWriter(out, 20, 1, 1, ' ', 0)`. */
export const VERSION_WRITER: TabWriterOptions = { minWidth: 20, padding: 1 };

interface Cell {
  readonly text: string;
  readonly width: number;
}

function runeWidth(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** Formats `text` as Go's tabwriter would after a final Flush. */
export function tabwrite(text: string, options: TabWriterOptions): string {
  const out: string[] = [];
  let lines: Cell[][] = [];
  const flush = () => {
    const widths: number[] = [];
    const writeLines = (line0: number, line1: number) => {
      for (let i = line0; i < line1; i++) {
        const line = lines[i]!;
        let s = '';
        line.forEach((cell, j) => {
          s += cell.text;
          if (j < widths.length && j < line.length - 1) s += ' '.repeat(Math.max(0, widths[j]! - cell.width));
        });
        out.push(s);
      }
    };
    const format = (line0: number, line1: number): void => {
      const column = widths.length;
      for (let current = line0; current < line1; current++) {
        if (column >= lines[current]!.length - 1) continue;
        writeLines(line0, current);
        line0 = current;
        let width = options.minWidth;
        let discardable = true;
        for (; current < line1; current++) {
          const line = lines[current]!;
          if (column >= line.length - 1) break;
          const c = line[column]!;
          width = Math.max(width, c.width + options.padding);
          if (c.width > 0) discardable = false;
        }
        if (discardable && options.discardEmptyColumns) width = 0;
        widths.push(width);
        format(line0, current);
        widths.pop();
        line0 = current; // as in Go, the loop's increment skips the line that ended the block: it has no cell here
      }
      writeLines(line0, line1);
    };
    format(0, lines.length);
    lines = [];
  };
  const rows = text.split('\n');
  const trailingNewline = rows[rows.length - 1] === '';
  if (trailingNewline) rows.pop();
  for (const row of rows) {
    const cells = row.split('\t').map((t) => ({ text: t, width: runeWidth(t) }));
    lines.push(cells);
    if (cells.length === 1) flush();
  }
  flush();
  return out.join('\n') + (trailingNewline ? '\n' : '');
}
