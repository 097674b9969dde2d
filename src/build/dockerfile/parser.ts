/**
 * @module
 * The Dockerfile parser (BuildKit `frontend/dockerfile/parser`, which the classic builder vendors):
 * parser directives, line continuations with the escape character, comment lines (also inside
 * continuations), empty continuation lines (a warning), heredoc bodies, and one node per
 * instruction with its line range. Errors are worded as the classic builder reports them:
 * `failed to parse Dockerfile: <reason>`.
 */
import { isDockerError } from '../../core/errors.js';
import {
  dockerfileEmpty,
  dockerfileLineTooLong,
  dockerfileSyntaxError,
  fileWithNoInstructions,
  invalidEscapeToken,
  unterminatedHeredoc,
} from '../../core/messages/index.js';
import type { DockerfileError } from '../../core/messages/index.js';
import { trimLeftSpace, trimSpace } from '../go/unicode.js';
import { utf8Length } from './bytes.js';
import { DirectiveParser } from './directives.js';
import { heredocsFromLine } from './heredoc.js';
import { nodeFromLine } from './line-parsers.js';
import type { DockerfileNode, Heredoc, ParsedDockerfile, ParseWarning } from './node.js';

/** Options of {@link parseDockerfile}. */
export interface ParseOptions {
  /** The Dockerfile's name in error messages (`Dockerfile`). */
  readonly name?: string;
}

const HEREDOC_INSTRUCTIONS = new Set(['add', 'copy', 'run']);
const MAX_LINE_BYTES = 65536;

/** Escape-character state: the character and its line-continuation regex. */
class Escape {
  token = '\\';
  continuation = Escape.regex('\\');

  static regex(token: string): RegExp {
    const t = `\\${token}`;
    // A trailing escape (not itself escaped) continues the line; so does a line holding only one.
    return new RegExp(`([^${t}])${t}[ \\t]*$|^${t}[ \\t]*$`);
  }

  set(value: string): void {
    if (value !== '`' && value !== '\\') throw invalidEscapeToken(value);
    this.token = value;
    this.continuation = Escape.regex(value);
  }

  /** The line without its continuation character, and whether the instruction ends here. */
  trim(line: string): { line: string; end: boolean } {
    const m = this.continuation.exec(line);
    if (m === null) return { line, end: true };
    return { line: line.slice(0, m.index) + (m[1] ?? ''), end: false };
  }
}

const trimNewline = (s: string): string => s.replace(/[\r\n]+$/, '');
const isComment = (line: string): boolean => trimLeftSpace(line).startsWith('#');
const isEmptyContinuationLine = (line: string): boolean => trimLeftSpace(trimNewline(line)) === '';

/** Splits into lines that keep their `\n`, as Go's scanner with BuildKit's split function. */
function scanLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  while (start < text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl + 1;
    lines.push(text.slice(start, end));
    start = end;
  }
  return lines;
}

function tooLong(line: string): boolean {
  const content = line.endsWith('\n') ? line.slice(0, -1) : line;
  return content.length * 3 >= MAX_LINE_BYTES && utf8Length(content) >= MAX_LINE_BYTES;
}

/**
 * Parses a Dockerfile (text, or bytes decoded as UTF-8). Throws a {@link DockerfileError}:
 * `the Dockerfile (Dockerfile) cannot be empty`, or `failed to parse Dockerfile: <reason>`.
 */
export function parseDockerfile(source: string | Uint8Array, options: ParseOptions = {}): ParsedDockerfile {
  const name = options.name ?? 'Dockerfile';
  const text = typeof source === 'string' ? source : new TextDecoder().decode(source);
  if (text.length === 0) throw dockerfileEmpty(name);
  try {
    return parseText(text);
  } catch (e) {
    if (e instanceof LocatedError) throw dockerfileSyntaxError(name, e.message, e.line);
    throw e;
  }
}

/** An error of the low-level parser, with the line Docker attaches to it. */
class LocatedError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

function located(e: unknown, line: number): LocatedError {
  if (e instanceof LocatedError) return e;
  if (isDockerError(e) && 'detail' in e) return new LocatedError((e as DockerfileError).detail, line);
  if (e instanceof Error) return new LocatedError(e.message, line);
  return new LocatedError(String(e), line);
}

function parseText(text: string): ParsedDockerfile {
  const escape = new Escape();
  const directives = new DirectiveParser();
  const lines = scanLines(text.startsWith('\ufeff') ? text.slice(1) : text);
  const children: DockerfileNode[] = [];
  const warnings: ParseWarning[] = [];
  let comments: string[] = [];
  let current = 0;
  let i = 0;
  let overflow = false;

  const scan = (): string | undefined => {
    if (i >= lines.length || overflow) return undefined;
    if (tooLong(lines[i]!)) {
      overflow = true;
      return undefined;
    }
    return lines[i++];
  };

  // A line as the parser sees it: newline trimmed, maybe left-trimmed, comments blanked, and
  // offered to the directive parser (which only looks at the top of the file).
  const processLine = (raw: string, stripLeft: boolean): { line: string; directive: boolean } => {
    let line = trimNewline(raw);
    if (stripLeft) line = trimLeftSpace(line);
    let directive = false;
    try {
      const d = directives.parseLine(line);
      if (d?.name === 'escape') escape.set(d.value);
      directive = d !== undefined;
    } catch (e) {
      throw located(e, current);
    }
    return { line: isComment(line) ? '' : line, directive };
  };

  for (let raw = scan(); raw !== undefined; raw = scan()) {
    if (isComment(raw)) {
      // BuildKit drops the first byte of the untrimmed line, whatever it is.
      const comment = trimSpace(raw.slice(1));
      if (comment === '') comments = [];
      else comments.push(comment);
    }
    const first = processLine(raw, true);
    if (first.directive) comments.pop();
    current++;
    const startLine = current;
    let { line: part, end } = escape.trim(first.line);
    if (end && part.length === 0) continue;
    let line = part;
    let emptyContinuation = false;
    while (!end) {
      const next = scan();
      if (next === undefined) break;
      const processed = processLine(next, false);
      current++;
      if (isComment(next)) continue;
      if (isEmptyContinuationLine(processed.line)) {
        emptyContinuation = true;
        continue;
      }
      ({ line: part, end } = escape.trim(processed.line));
      line += part;
    }
    if (emptyContinuation) {
      warnings.push({
        short: `Empty continuation line found in: ${line}`,
        detail: 'Empty continuation lines will become errors in a future release',
        url: 'https://docs.docker.com/go/dockerfile/rule/no-empty-continuation/',
        line: current,
      });
    }
    let node: DockerfileNode;
    try {
      node = nodeFromLine(line, escape.token, comments);
    } catch (e) {
      throw located(e, startLine);
    }
    const heredocs: Heredoc[] = [];
    if (canContainHeredoc(node) && line.includes('<<')) {
      let docs;
      try {
        docs = heredocsFromLine(line);
      } catch (e) {
        throw located(e, startLine);
      }
      for (const doc of docs) {
        let content = '';
        let terminated = false;
        for (let body = scan(); body !== undefined; body = scan()) {
          current++;
          let candidate = trimNewline(body);
          if (doc.chomp) candidate = candidate.replace(/^\t+/, '');
          if (candidate === doc.name) {
            terminated = true;
            break;
          }
          content += body;
        }
        if (!terminated) throw new LocatedError(unterminatedHeredoc().message, startLine);
        heredocs.push({ ...doc, content });
      }
    }
    children.push({ ...node, startLine, endLine: current, heredocs });
    comments = [];
  }
  if (children.length === 0) throw new LocatedError(fileWithNoInstructions().message, current);
  if (overflow) throw new LocatedError(dockerfileLineTooLong().message, current);
  return { children, escapeToken: escape.token, warnings };
}

function canContainHeredoc(node: DockerfileNode): boolean {
  const target = node.value.toLowerCase() === 'onbuild' && node.child ? node.child : node;
  return HEREDOC_INSTRUCTIONS.has(target.value.toLowerCase()) && !target.json;
}
