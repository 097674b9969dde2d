/**
 * @module
 * pflag's `FlagUsagesWrapped`: the "Options:" block of docker's help. Flags sorted by name,
 * `  -a, --all` / `      --name type` columns aligned to the longest, usage wrapped to the
 * terminal width minus one (docker asks the terminal; 80 columns when stdin is not one), with
 * `(default …)` appended as pflag does (deprecated flags are hidden).
 */
import { typeName, type FlagSpec } from './flag.js';
import { goQuote } from './go-strconv.js';

/** True when pflag would not print `(default …)` for this flag (`defaultIsZeroValue`). */
function defaultIsZero(spec: FlagSpec): boolean {
  const def = spec.def;
  if (def === undefined) return true;
  switch (spec.kind) {
    case 'bool':
      return def === 'false';
    case 'duration':
      return def === '0' || def === '0s';
    case 'int':
    case 'uint':
    case 'uint16':
    case 'uint32':
    case 'float':
      return def === '0';
    case 'string':
      return def === '';
    case 'strings':
      return def === '[]';
    default:
      return def === 'false' || def === '<nil>' || def === '' || def === '0';
  }
}

/** pflag `wrapN`: splits `s` at the last whitespace before `i` (or up to `slop` over when that fits). */
function wrapN(i: number, slop: number, s: string): [string, string] {
  if (i + slop > s.length) return [s, ''];
  const head = s.slice(0, i);
  const w = Math.max(head.lastIndexOf(' '), head.lastIndexOf('\t'), head.lastIndexOf('\n'));
  if (w <= 0) return [s, ''];
  const nl = head.lastIndexOf('\n');
  if (nl > 0 && nl < w) return [s.slice(0, nl), s.slice(nl + 1)];
  return [s.slice(0, w), s.slice(w + 1)];
}

/** pflag `wrap`: `s` wrapped to width `w` with continuation lines indented by `i`. */
function wrap(i: number, w: number, s: string): string {
  if (w === 0) return s.replaceAll('\n', `\n${' '.repeat(i)}`);
  let width = w - i;
  let r = '';
  if (width < 24) {
    i = 16;
    width = w - i;
    r += `\n${' '.repeat(i)}`;
  }
  if (width < 24) return s.replaceAll('\n', r);
  const slop = 5;
  width -= slop;
  const indent = ' '.repeat(i);
  let [line, rest] = wrapN(width, slop, s);
  r += line.replaceAll('\n', `\n${indent}`);
  while (rest !== '') {
    [line, rest] = wrapN(width, slop, rest);
    r += `\n${indent}${line.replaceAll('\n', `\n${indent}`)}`;
  }
  return r;
}

/** The help lines of `flags` (hidden ones skipped), wrapped to `columns` (0: no wrapping). */
export function flagUsages(flags: readonly FlagSpec[], columns: number): string {
  const visible = flags.filter((f) => !f.hidden && !f.deprecated).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const lines: string[] = [];
  let maxlen = 0;
  for (const spec of visible) {
    let line = spec.short && !spec.shorthandDeprecated ? `  -${spec.short}, --${spec.name}` : `      --${spec.name}`;
    const type = typeName(spec);
    if (type) line += ` ${type}`;
    line += '\x00';
    maxlen = Math.max(maxlen, line.length);
    line += spec.usage;
    if (!defaultIsZero(spec)) line += spec.kind === 'string' ? ` (default ${goQuote(spec.def!)})` : ` (default ${spec.def})`;
    lines.push(line);
  }
  let out = '';
  for (const line of lines) {
    const sidx = line.indexOf('\x00');
    out += `${line.slice(0, sidx)} ${' '.repeat(maxlen - sidx)} ${wrap(maxlen + 2, columns, line.slice(sidx + 1))}\n`;
  }
  return out;
}
