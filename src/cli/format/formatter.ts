/**
 * @module
 * docker/cli's list formatter (`cli/command/formatter` `Context.Write`): a `--format` value is
 * `table` (default columns), `table TEMPLATE`, `json`, or a bare Go template; rows are rendered
 * one per line; tables get a header row (the same template over the column names, with docker's
 * header functions) and go through the tabwriter (min width 10, padding 3). Also the building
 * blocks the row contexts share: Go-struct contexts with `{{json .}}` support and `Ellipsis`.
 */
import { HEADER_FUNCS } from '../template/funcs.js';
import { TemplateExecError } from '../template/exec.js';
import { TemplateParseError } from '../template/parse.js';
import { GoTemplate } from '../template/template.js';
import { GO_MAP, GO_TYPE, type GoStruct } from '../template/values.js';
import { TABLE_WRITER, tabwrite } from './tabwriter.js';

/** A format error as docker prints it (`template parsing error: template: :1: …`). */
export class FormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FormatError';
  }
}

/** Column names of a list, by field (`ID` → `CONTAINER ID`). */
export type HeaderMap = { readonly [field: string]: string };

/** A row context: a Go struct whose methods are the template's fields. */
export type RowContext = GoStruct;

/** docker's `--format` keys. */
export const TABLE_FORMAT_KEY = 'table';
/** `--format raw`. */
export const RAW_FORMAT_KEY = 'raw';
/** `--format json`. */
export const JSON_FORMAT_KEY = 'json';
/** The quiet format of most lists. */
export const DEFAULT_QUIET_FORMAT = '{{.ID}}';

/** True for `table` formats. */
export const isTableFormat = (format: string): boolean => format.startsWith(TABLE_FORMAT_KEY);

/** docker's `SubHeaderContext`: the header map, with its `Label "a.b-c"` method (→ `b c`). */
export function headerContext(header: HeaderMap): GoStruct {
  return {
    [GO_TYPE]: 'formatter.SubHeaderContext',
    [GO_MAP]: true,
    ...header,
    Label: (name: unknown) => {
      const parts = String(name).split('.');
      return parts[parts.length - 1]!.replace(/[-_]/g, ' ');
    },
  } as GoStruct;
}

/**
 * A row context of Go type `type` (`*formatter.ContainerContext`): `methods` are its template
 * fields; `{{json .}}` marshals every method without arguments, as docker's `MarshalJSON`.
 */
export function rowContext(type: string, methods: { readonly [name: string]: (...args: never[]) => unknown }): RowContext {
  const marshal = () => {
    const out: Record<string, unknown> = {};
    for (const name of Object.keys(methods).sort()) {
      const fn = methods[name]!;
      if (fn.length === 0) out[name] = (fn as () => unknown)();
    }
    return out;
  };
  return { [GO_TYPE]: type, ...methods, MarshalJSON: marshal } as RowContext;
}

/** Parses a format's template, with docker's error wrapping. */
export function parseFormat(template: string): GoTemplate {
  try {
    return GoTemplate.parse(template);
  } catch (e) {
    if (e instanceof TemplateParseError) throw new FormatError(`template parsing error: ${e.message}`);
    throw e;
  }
}

/** Renders a template over one value, with docker's error wrapping. */
export function executeFormat(tmpl: GoTemplate, data: unknown): string {
  try {
    return tmpl.execute(data);
  } catch (e) {
    if (e instanceof TemplateExecError) throw new FormatError(`template parsing error: ${e.message}`);
    throw e;
  }
}

/** The template a format runs (`Context.preFormat`): `table` stripped, `json` expanded, `\t` / `\n` unescaped. */
export function templateOf(format: string): string {
  let t = format;
  if (isTableFormat(format)) t = t.slice(TABLE_FORMAT_KEY.length);
  else if (format === JSON_FORMAT_KEY) t = '{{json .}}';
  return t.replace(/^ +| +$/g, '').replaceAll('\\t', '\t').replaceAll('\\n', '\n');
}

/** The header row of a table: the template over the column names; an error ends the row where it happened, as in docker. */
function headerRow(tmpl: GoTemplate, header: HeaderMap): string {
  return tmpl.executePartial(headerContext(header), { funcs: HEADER_FUNCS });
}

/** `formatter.Context.Write`: renders `rows` in `format` (already resolved by the list's `New…Format`). */
export function writeRows(format: string, header: HeaderMap, rows: readonly RowContext[]): string {
  const tmpl = parseFormat(templateOf(format));
  let body = '';
  for (const row of rows) body += `${executeFormat(tmpl, row)}\n`;
  if (!isTableFormat(format)) return body;
  return tabwrite(`${headerRow(tmpl, header)}\n${body}`, TABLE_WRITER);
}

/** docker's `Ellipsis`: cut to `max` display columns, ending with `…`. */
export function ellipsis(s: string, max: number): string {
  if (max <= 0) return '';
  const runes = [...s];
  if (max === 1) return runes[0] ?? '';
  if (runes.length <= max) return s;
  return `${runes.slice(0, max - 1).join('')}…`;
}

/** `key=value` pairs of a label map, joined by commas (sorted when docker sorts them). */
export function joinLabels(labels: { readonly [key: string]: string } | null | undefined, sorted = false): string {
  if (!labels) return '';
  const pairs = Object.entries(labels).map(([k, v]) => `${k}=${v}`);
  return (sorted ? pairs.sort() : pairs).join(',');
}
