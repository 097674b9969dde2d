/**
 * @module
 * docker/cli's `tui.Output.PrintNote`: an ` Info -> ` header (a cyan `i Info → ` on a terminal)
 * and the note's lines, the later ones indented under the first, each in italics on a terminal.
 */

const PLAIN_HEADER = ' Info -> ';
const FANCY_HEADER = '\x1b[1m\x1b[106m\x1b[30mi\x1b[0m\x1b[0m \x1b[96mInfo → \x1b[0m\x1b[0m';
/** The visible width of the fancy header (`i Info → `). */
const FANCY_WIDTH = 9;

/** The text of a note, as printed on a terminal (`tty`) or not. */
export function noteText(text: string, tty: boolean): string {
  const header = tty ? FANCY_HEADER : PLAIN_HEADER;
  const width = tty ? FANCY_WIDTH : PLAIN_HEADER.length;
  return `\n${header}${text
    .split('\n')
    .map((line, i) => `${i > 0 ? ' '.repeat(width) : ''}${tty ? `\x1b[3m${line}\x1b[0m` : line}\n`)
    .join('')}`;
}
