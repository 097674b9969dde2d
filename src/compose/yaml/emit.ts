/**
 * @module
 * A YAML writer that lays documents out as go-yaml's encoder with `SetIndent(2)` does — what
 * `docker compose config` prints: block style, two-space indentation, sequences indented under
 * their key (`ports:` / `  - mode: ingress`), `{}` and `[]` for empty collections, strings styled
 * by {@link formatString}. Key order is the caller's (struct order or sorted maps).
 */
import { formatString } from './scalar.js';

/** A node to write: a mapping (ordered), a sequence, a string, or a scalar written as is (`3000`, `true`, `null`). */
export type YamlNode =
  | { readonly map: readonly (readonly [string, YamlNode])[] }
  | { readonly seq: readonly YamlNode[] }
  | { readonly str: string }
  | { readonly raw: string };

const pad = (n: number): string => ' '.repeat(n);

/** Writes `node` after `prefix` (`  key:` or `  -`); nested content at `indent`. */
function value(out: string[], prefix: string, node: YamlNode, indent: number): void {
  if ('map' in node) {
    if (node.map.length === 0) out.push(`${prefix} {}`);
    else {
      out.push(prefix);
      mapping(out, node.map, indent);
    }
  } else if ('seq' in node) {
    if (node.seq.length === 0) out.push(`${prefix} []`);
    else {
      out.push(prefix);
      sequence(out, node.seq, indent);
    }
  } else if ('raw' in node) out.push(`${prefix} ${node.raw}`);
  else {
    const s = formatString(node.str);
    if ('inline' in s) out.push(`${prefix} ${s.inline}`);
    else {
      out.push(`${prefix} ${s.header}`);
      for (const line of s.lines) out.push(line === '' ? '' : pad(indent) + line);
    }
  }
}

function keyText(key: string): string {
  const s = formatString(key, true);
  return 'inline' in s ? s.inline : JSON.stringify(key);
}

function mapping(out: string[], entries: readonly (readonly [string, YamlNode])[], indent: number): void {
  for (const [key, node] of entries) value(out, `${pad(indent)}${keyText(key)}:`, node, indent + 2);
}

function sequence(out: string[], items: readonly YamlNode[], indent: number): void {
  for (const item of items) {
    const nested = 'map' in item ? item.map.length > 0 : 'seq' in item ? item.seq.length > 0 : false;
    if (!nested) {
      value(out, `${pad(indent)}-`, item, indent + 2);
      continue;
    }
    // a collection inside a sequence starts on the dash's line
    const start = out.length;
    if ('map' in item) mapping(out, item.map, indent + 2);
    else sequence(out, (item as { seq: readonly YamlNode[] }).seq, indent + 2);
    out[start] = `${pad(indent)}- ${out[start]!.slice(indent + 2)}`;
  }
}

/** The YAML text of one document (no `---`), ending with a newline. */
export function emitYaml(node: YamlNode): string {
  const out: string[] = [];
  if ('map' in node && node.map.length > 0) mapping(out, node.map, 0);
  else if ('seq' in node && node.seq.length > 0) sequence(out, node.seq, 0);
  else {
    value(out, '', node, 0);
    out[0] = out[0]!.slice(1);
  }
  return `${out.join('\n')}\n`;
}
