/**
 * @module
 * nginx's configuration language as `nginx` reads it at start and for `nginx -t`: directives
 * ending in `;`, blocks in braces, `#` comments, quoted words, and `include` with a `*` pattern
 * (so `/etc/nginx/conf.d/*.conf` picks up a user's COPY'd file). Errors are worded as nginx's
 * `[emerg]` messages (`unexpected "}" in /etc/nginx/conf.d/default.conf:12`).
 */
import { FsError, type ProcessFs } from '../types.js';
import { dirName } from '../process/paths.js';

/** One directive: its name, arguments, where it was written and, for a block, its body. */
export interface Directive {
  readonly name: string;
  readonly args: readonly string[];
  readonly file: string;
  readonly line: number;
  readonly block?: readonly Directive[];
}

/** A configuration that could not be read: the text after `[emerg]`. */
export class NginxConfigError extends Error {}

interface Token {
  readonly text: string;
  readonly line: number;
  /** `{`, `}` or `;` written bare (not quoted). */
  readonly punct: boolean;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let line = 1;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '\n') line++;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '#') {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    if (c === '{' || c === '}' || c === ';') {
      tokens.push({ text: c, line, punct: true });
      i++;
      continue;
    }
    const start = line;
    let word = '';
    if (c === '"' || c === "'") {
      i++;
      while (i < text.length && text[i] !== c) {
        if (text[i] === '\\' && i + 1 < text.length) i++;
        if (text[i] === '\n') line++;
        word += text[i++];
      }
      i++;
    } else {
      while (i < text.length && !/[\s{};]/.test(text[i]!)) word += text[i++];
    }
    tokens.push({ text: word, line: start, punct: false });
  }
  return tokens;
}

function parseTokens(tokens: readonly Token[], file: string, lastLine: number): Directive[] {
  let pos = 0;
  const block = (depth: number): Directive[] => {
    const out: Directive[] = [];
    for (;;) {
      const first = tokens[pos];
      if (!first) {
        if (depth > 0) throw new NginxConfigError(`unexpected end of file, expecting "}" in ${file}:${lastLine}`);
        return out;
      }
      if (first.punct && first.text === '}') {
        if (depth === 0) throw new NginxConfigError(`unexpected "}" in ${file}:${first.line}`);
        pos++;
        return out;
      }
      if (first.punct) throw new NginxConfigError(`unexpected "${first.text}" in ${file}:${first.line}`);
      const words: string[] = [];
      for (;;) {
        const t = tokens[pos];
        if (!t) throw new NginxConfigError(`unexpected end of file, expecting ";" or "}" in ${file}:${lastLine}`);
        pos++;
        if (t.punct && t.text === ';') {
          out.push({ name: first.text, args: words.slice(1), file, line: first.line });
          break;
        }
        if (t.punct && t.text === '{') {
          out.push({ name: first.text, args: words.slice(1), file, line: first.line, block: block(depth + 1) });
          break;
        }
        if (t.punct) throw new NginxConfigError(`unexpected "}" in ${file}:${t.line}`);
        words.push(t.text);
      }
    }
  };
  return block(0);
}

function readText(fs: ProcessFs, path: string): string {
  try {
    return new TextDecoder().decode(fs.readFile(path));
  } catch (error) {
    if (error instanceof FsError) throw new NginxConfigError(`open() "${path}" failed (${error.code === 'ENOENT' ? 2 : 13}: ${error.description})`);
    throw error;
  }
}

/** The files an `include` pattern names, in order; a pattern without `*` names one file that must exist. */
function expandInclude(fs: ProcessFs, pattern: string): string[] {
  if (!pattern.includes('*')) return [pattern];
  const dir = dirName(pattern);
  const base = pattern.slice(pattern.lastIndexOf('/') + 1);
  const re = new RegExp(`^${base.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  let names: string[];
  try {
    names = fs.readdir(dir);
  } catch {
    return [];
  }
  return names.filter((n) => re.test(n) && !n.startsWith('.')).map((n) => `${dir}/${n}`);
}

/** Reads `path` and everything it includes (relative includes resolve against `/etc/nginx`). */
export function loadConfig(fs: ProcessFs, path: string, prefix = '/etc/nginx'): Directive[] {
  const text = readText(fs, path);
  const lastLine = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  const expand = (list: readonly Directive[]): Directive[] =>
    list.flatMap((d) => {
      if (d.name === 'include' && !d.block) {
        const arg = d.args[0] ?? '';
        const pattern = arg.startsWith('/') ? arg : `${prefix}/${arg}`;
        return expandInclude(fs, pattern).flatMap((file) => loadConfig(fs, file, prefix));
      }
      return d.block ? [{ ...d, block: expand(d.block) }] : [d];
    });
  return expand(parseTokens(tokenize(text), path, lastLine));
}

/** The first directive named `name` in `list`. */
export function find(list: readonly Directive[] | undefined, name: string): Directive | undefined {
  return list?.find((d) => d.name === name);
}

/** Every directive named `name` in `list`. */
export function findAll(list: readonly Directive[] | undefined, name: string): Directive[] {
  return (list ?? []).filter((d) => d.name === name);
}
