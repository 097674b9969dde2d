/**
 * @module
 * Parser directives: `# syntax=…`, `# escape=…` and `# check=…` comments at the very top of a
 * Dockerfile (BuildKit `parser/directives.go`). They are honoured only before the first
 * instruction, blank line excepted, and before any other comment; each may appear once; keys are
 * case-insensitive. See https://docs.docker.com/reference/dockerfile/#parser-directives.
 */
import { duplicateDirective } from '../../core/messages/index.js';
import { trimLeftSpace } from '../go/unicode.js';

/** A parser directive found at the top of a Dockerfile. */
export interface Directive {
  /** `syntax`, `escape` or `check`, lower-cased. */
  readonly name: string;
  /** The value, trimmed (`docker/dockerfile:1`). */
  readonly value: string;
  /** The 1-based line it was found on. */
  readonly line: number;
}

const DIRECTIVE = /^([a-zA-Z][a-zA-Z0-9]*)[\t\n\f\r ]*=[\t\n\f\r ]*([^\n]+?)[\t\n\f\r ]*$/;
const VALID = new Set(['syntax', 'escape', 'check']);

/** Reads directives line by line until the first line that is not one. */
export class DirectiveParser {
  private line: number;
  private done = false;
  private readonly seen = new Set<string>();

  constructor(
    private readonly commentPrefix = '#',
    firstLine = 0,
  ) {
    this.line = firstLine;
  }

  /** Parses one line (without its newline): the directive, or undefined; throws on a repeat. */
  parseLine(text: string): Directive | undefined {
    this.line++;
    if (this.done) return undefined;
    if (!text.startsWith(this.commentPrefix)) {
      this.done = true;
      return undefined;
    }
    const m = DIRECTIVE.exec(trimLeftSpace(text.slice(this.commentPrefix.length)));
    const name = m?.[1]?.toLowerCase();
    if (m === null || name === undefined || !VALID.has(name)) {
      this.done = true;
      return undefined;
    }
    if (this.seen.has(name)) throw duplicateDirective(name);
    this.seen.add(name);
    return { name, value: m[2]!, line: this.line };
  }

  /** All directives at the top of `text`. */
  parseAll(text: string): Directive[] {
    const out: Directive[] = [];
    for (const line of text.split('\n')) {
      if (this.done) break;
      const d = this.parseLine(line.endsWith('\r') ? line.slice(0, -1) : line);
      if (d) out.push(d);
    }
    return out;
  }
}

function discardShebang(text: string): { text: string; shebang: boolean } {
  const nl = text.indexOf('\n');
  const first = nl < 0 ? text : text.slice(0, nl);
  if (first.startsWith('#!')) return { text: nl < 0 ? '' : text.slice(nl + 1), shebang: true };
  return { text, shebang: false };
}

/** A directive's value: the first word as `ref`, the whole value as `cmdline`. */
export interface DirectiveValue {
  /** The first space-separated word of the value. */
  readonly ref: string;
  /** The whole value. */
  readonly cmdline: string;
  /** The 1-based line of the directive. */
  readonly line: number;
}

function find(key: string, text: string, prefix: string, firstLine: number): DirectiveValue | undefined {
  let directives: Directive[];
  try {
    directives = new DirectiveParser(prefix, firstLine).parseAll(text);
  } catch {
    return undefined;
  }
  const d = directives.find((x) => x.name === key);
  if (!d) return undefined;
  const space = d.value.indexOf(' ');
  return { ref: space < 0 ? d.value : d.value.slice(0, space), cmdline: d.value, line: d.line };
}

/**
 * The `# syntax=` frontend reference of a Dockerfile (BuildKit `DetectSyntax`): also accepts
 * `// syntax=` and a JSON document's `"syntax"` key; a leading `#!` line is skipped.
 */
export function detectSyntax(source: string): DirectiveValue | undefined {
  const { text, shebang } = discardShebang(source.replace(/^\ufeff/, ''));
  const first = shebang ? 1 : 0;
  const found = find('syntax', text, '#', first) ?? find('syntax', text, '//', first);
  if (found) return found;
  try {
    const json: unknown = JSON.parse(text);
    if (json !== null && typeof json === 'object' && !Array.isArray(json)) {
      const v = (json as Record<string, unknown>)['syntax'];
      if (typeof v === 'string') return { ref: v, cmdline: v, line: first };
    }
  } catch {
    // Not JSON: no syntax directive.
  }
  return undefined;
}

/** A `# key=value` directive of a Dockerfile, e.g. `check` (BuildKit `ParseDirective`). */
export function parseDirective(key: string, source: string): DirectiveValue | undefined {
  const { text, shebang } = discardShebang(source.replace(/^\ufeff/, ''));
  return find(key, text, '#', shebang ? 1 : 0);
}
