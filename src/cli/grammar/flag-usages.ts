/**
 * @module
 * pflag's `FlagUsagesWrapped`: the "Options:" block of docker's help. Flags sorted by name,
 * `  -a, --all` / `      --name type` columns aligned to the longest, usage wrapped to the
 * terminal width minus one (docker asks the terminal; 80 columns when stdin is not one), with
 * `(default …)` appended as pflag does (deprecated flags are hidden).
 */
import { typeName, type FlagSpec, type FlagValue } from './flag.js';
import type { ParsedFlags } from './parsed-flags.js';
import { goQuote } from './go-strconv.js';

/** pflag's own value types: their zero check reads the default; docker's `opts` types read the current value. */
const PFLAG_KINDS: ReadonlySet<string> = new Set(['bool', 'duration', 'int', 'uint', 'uint16', 'uint32', 'float', 'string', 'strings']);

/** What a docker `opts` value's `String()` gives for its current value (`""`, `0`, `[a b]`, `map[]`…). */
export function currentString(spec: FlagSpec, value: FlagValue): string {
  switch (spec.kind) {
    case 'bytes':
    case 'memswap':
      return value === 0 ? '0' : String(value);
    case 'decimal':
      return value === 0 ? '' : String(value);
    case 'map':
    case 'stringToString':
      return `map[${Object.entries(value as object).map(([k, v]) => `${k}:${String(v)}`).join(' ')}]`;
    case 'filter':
      return Object.keys(value as object).length === 0 ? '' : JSON.stringify(value);
    default: {
      const list = value as readonly string[];
      return list.length === 0 ? (spec.def ?? '') : `[${list.join(' ')}]`;
    }
  }
}

/**
 * True when pflag would not print `(default …)` for this flag (`defaultIsZeroValue`). For
 * docker's own value types pflag looks at the value's current text, so a flag given on the
 * command line shows its (definition-time) default: `docker run -e A=1 --help` prints
 * `Set environment variables (default )`.
 */
function defaultIsZero(spec: FlagSpec, current?: string): boolean {
  if (current !== undefined && !PFLAG_KINDS.has(spec.kind)) return ['false', '<nil>', '', '0'].includes(current);
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

/** The help lines of `flags` (hidden ones skipped), wrapped to `columns` (0: no wrapping); `values` are the command line's, when help follows flags. */
export function flagUsages(flags: readonly FlagSpec[], columns: number, values?: ParsedFlags): string {
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
    const current = !PFLAG_KINDS.has(spec.kind) && values?.changed(spec.name) ? currentString(spec, values.value(spec.name)) : undefined;
    if (!defaultIsZero(spec, current)) line += spec.kind === 'string' ? ` (default ${goQuote(spec.def ?? '')})` : ` (default ${spec.def ?? defaultText(spec)})`;
    lines.push(line);
  }
  let out = '';
  for (const line of lines) {
    const sidx = line.indexOf('\x00');
    out += `${line.slice(0, sidx)} ${' '.repeat(maxlen - sidx)} ${wrap(maxlen + 2, columns, line.slice(sidx + 1))}\n`;
  }
  return out;
}

/** The definition-time text of a docker `opts` value with no captured default (what `String()` gave then). */
function defaultText(spec: FlagSpec): string {
  switch (spec.kind) {
    case 'bytes':
    case 'memswap':
      return '0';
    case 'map':
    case 'stringToString':
      return 'map[]';
    default:
      return '';
  }
}
