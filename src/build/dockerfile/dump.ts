/**
 * @module
 * Prints a parsed Dockerfile in BuildKit's AST dump format (`Node.Dump`), one line per
 * instruction: `(copy ["--from=build"] "src" "dst")`, `(onbuild (run "echo test"))`. It is the
 * format of BuildKit's parser test corpus, which our parser must reproduce byte for byte.
 */
import { goQuote, goQuoteList } from '../go/quote.js';
import type { DockerfileNode, ParsedDockerfile } from './node.js';

/** One instruction as BuildKit dumps it (without the surrounding parentheses). */
export function dumpNode(node: DockerfileNode): string {
  let out = node.value.toLowerCase();
  if (node.flags.length > 0) out += ` ${goQuoteList(node.flags)}`;
  if (node.child) out += ` (${dumpNode(node.child)})`;
  for (const arg of node.args) out += ` ${goQuote(arg)}`;
  return out.trim();
}

/** The whole Dockerfile as BuildKit dumps it: `(instruction …)` lines, newline-terminated. */
export function dumpDockerfile(parsed: ParsedDockerfile): string {
  return parsed.children.map((node) => `(${dumpNode(node)})\n`).join('');
}
