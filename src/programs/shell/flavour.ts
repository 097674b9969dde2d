/**
 * @module
 * What differs between busybox ash (alpine, busybox), dash (Debian/Ubuntu `/bin/sh`) and bash:
 * how errors are prefixed (`sh: line 1: `, `sh: 1: `, `bash: line 1: `), the wording of the
 * common failures, syntax-error sentences, `echo`'s escapes, and the default prompt.
 */
import type { Dialect } from './parser.js';
import type { ShellSyntaxError, TokenDesc } from './syntax-error.js';

/** Where an error happened, for its prefix. */
export interface ErrorSite {
  /** `$0` of the shell (`sh`, `bash`, or the script's path). */
  readonly arg0: string;
  /** The script being read (a file or `.`-sourced file), when not `-c`/stdin. */
  readonly script?: string;
  /** The builtin that failed, if any. */
  readonly builtin?: string;
  readonly line: number;
  readonly interactive: boolean;
}

/** Failures every shell reports, each in its own words. */
export type Failure =
  | { readonly kind: 'not-found'; readonly name: string }
  | { readonly kind: 'no-such-file'; readonly name: string }
  | { readonly kind: 'permission'; readonly name: string }
  | { readonly kind: 'is-directory'; readonly name: string }
  | { readonly kind: 'cannot-open'; readonly file: string; readonly reason: 'missing' | string }
  | { readonly kind: 'cannot-create'; readonly file: string; readonly reason: 'missing' | string }
  | { readonly kind: 'unset'; readonly name: string }
  | { readonly kind: 'null-or-unset'; readonly name: string; readonly message?: string }
  | { readonly kind: 'read-only'; readonly name: string }
  | { readonly kind: 'bad-name'; readonly name: string }
  | { readonly kind: 'illegal-number'; readonly text: string }
  | { readonly kind: 'arith'; readonly message: string; readonly expr: string; readonly token: string }
  | { readonly kind: 'bad-fd'; readonly text: string };

/** One shell's personality. */
export interface Flavour {
  readonly name: 'ash' | 'dash' | 'bash';
  readonly dialect: Dialect;
  /** Prefixes `message` as this shell prints errors (without the newline). */
  prefix(site: ErrorSite, message: string): string;
  /** The words of a failure. */
  failure(f: Failure): string;
  /** The lines a syntax error prints (bash prints the offending line too). */
  syntax(site: ErrorSite, error: ShellSyntaxError, input: string): string[];
  /** Default PS1 for an interactive shell. */
  readonly ps1: string;
  /** True when `echo` interprets backslash escapes by default (dash). */
  readonly echoEscapes: boolean;
}

const ashToken = (t: TokenDesc): string => (t.kind === 'eof' ? 'end of file' : t.kind === 'newline' ? 'newline' : t.kind === 'word' ? 'word' : t.kind === 'redirection' ? 'redirection' : `"${t.text}"`);

function unquotedMessage(error: ShellSyntaxError, capital: boolean): string {
  const p = error.problem;
  const cap = (s: string): string => (capital ? s[0]!.toUpperCase() + s.slice(1) : s);
  switch (p.kind) {
    case 'unterminated':
      return cap(p.quote === '`' ? 'EOF in backquote substitution' : 'unterminated quoted string');
    case 'missing':
      return cap(`missing '${p.what}'`);
    case 'bad-substitution':
      return cap('bad substitution');
    case 'bad-for-variable':
      return cap('bad for loop variable');
    case 'bad-fd':
      return cap('bad fd number');
    default:
      return '';
  }
}

/** busybox ash. */
export const ASH: Flavour = {
  name: 'ash',
  dialect: 'ash',
  ps1: '\\w \\$ ',
  echoEscapes: false,
  prefix(site, message) {
    let out = `${site.arg0}: `;
    const commandname = site.builtin ?? site.script;
    if (commandname !== undefined) {
      if (commandname !== site.arg0) out += `${commandname}: `;
      if (!site.interactive || site.script !== undefined) out += `line ${site.line}: `;
    }
    return out + message;
  },
  failure(f) {
    switch (f.kind) {
      case 'not-found':
      case 'no-such-file':
        return `${f.name}: not found`;
      case 'permission':
      case 'is-directory':
        return `${f.name}: Permission denied`;
      case 'cannot-open':
        return `can't open ${f.file}: ${f.reason === 'missing' ? 'no such file' : f.reason}`;
      case 'cannot-create':
        return `can't create ${f.file}: ${f.reason === 'missing' ? 'nonexistent directory' : f.reason}`;
      case 'unset':
        return `${f.name}: parameter not set`;
      case 'null-or-unset':
        return `${f.name}: ${f.message ?? 'parameter not set or null'}`;
      case 'read-only':
        return `${f.name}: is read only`;
      case 'bad-name':
        return `${f.name}: bad variable name`;
      case 'illegal-number':
        return `Illegal number: ${f.text}`;
      case 'arith':
        return f.message;
      case 'bad-fd':
        return `${f.text}: Bad file descriptor`;
    }
  },
  syntax(site, error) {
    const p = error.problem;
    const text =
      p.kind === 'unexpected' ? `unexpected ${ashToken(p.token)}${p.expecting ? ` (expecting ${ashToken(p.expecting)})` : ''}` : unquotedMessage(error, false);
    return [ASH.prefix({ ...site, line: error.line }, `syntax error: ${text}`)];
  },
};

/** dash (Debian and Ubuntu's /bin/sh). */
export const DASH: Flavour = {
  name: 'dash',
  dialect: 'dash',
  ps1: '\\$ ',
  echoEscapes: true,
  prefix(site, message) {
    return `${site.arg0}: ${site.line}: ${site.builtin ? `${site.builtin}: ` : ''}${message}`;
  },
  failure(f) {
    switch (f.kind) {
      case 'not-found':
      case 'no-such-file':
        return `${f.name}: not found`;
      case 'permission':
      case 'is-directory':
        return `${f.name}: Permission denied`;
      case 'cannot-open':
        return `cannot open ${f.file}: ${f.reason === 'missing' ? 'No such file' : f.reason}`;
      case 'cannot-create':
        return `cannot create ${f.file}: ${f.reason === 'missing' ? 'Directory nonexistent' : f.reason}`;
      case 'unset':
        return `${f.name}: parameter not set`;
      case 'null-or-unset':
        return `${f.name}: ${f.message ?? 'parameter not set or null'}`;
      case 'read-only':
        return `${f.name}: is read only`;
      case 'bad-name':
        return `${f.name}: bad variable name`;
      case 'illegal-number':
        return `Illegal number: ${f.text}`;
      case 'arith':
        return `arithmetic expression: ${f.message === 'divide by zero' ? 'division by zero' : 'expecting primary'}: "${f.expr}"`;
      case 'bad-fd':
        return `${f.text}: Bad file descriptor`;
    }
  },
  syntax(site, error) {
    const p = error.problem;
    const name = (t: TokenDesc): string => ashToken(t);
    const text = p.kind === 'unexpected' ? `${name(p.token)} unexpected${p.expecting ? ` (expecting ${name(p.expecting)})` : ''}` : unquotedMessage(error, true);
    return [DASH.prefix({ ...site, line: error.line, builtin: undefined }, `Syntax error: ${text}`)];
  },
};

/** GNU bash. */
export const BASH: Flavour = {
  name: 'bash',
  dialect: 'bash',
  ps1: '${debian_chroot:+($debian_chroot)}\\u@\\h:\\w\\$ ',
  echoEscapes: false,
  prefix(site, message) {
    const name = site.script ?? site.arg0;
    const line = site.interactive && site.script === undefined ? '' : `line ${site.line}: `;
    return `${name}: ${line}${site.builtin ? `${site.builtin}: ` : ''}${message}`;
  },
  failure(f) {
    switch (f.kind) {
      case 'not-found':
        return `${f.name}: command not found`;
      case 'no-such-file':
        return `${f.name}: No such file or directory`;
      case 'permission':
        return `${f.name}: Permission denied`;
      case 'is-directory':
        return `${f.name}: Is a directory`;
      case 'cannot-open':
      case 'cannot-create':
        return `${f.file}: ${f.reason === 'missing' ? 'No such file or directory' : f.reason}`;
      case 'unset':
        return `${f.name}: unbound variable`;
      case 'null-or-unset':
        return `${f.name}: ${f.message ?? 'parameter null or not set'}`;
      case 'read-only':
        return `${f.name}: readonly variable`;
      case 'bad-name':
        return `\`${f.name}': not a valid identifier`;
      case 'illegal-number':
        return `${f.text}: numeric argument required`;
      case 'arith':
        return `${f.expr}: ${f.message} (error token is "${f.token}")`;
      case 'bad-fd':
        return `${f.text}: Bad file descriptor`;
    }
  },
  syntax(site, error, input) {
    const p = error.problem;
    const where = site.interactive ? `${site.arg0}: ` : `${site.arg0}: ${site.script ?? '-c'}: line ${error.line}: `;
    if (p.kind === 'unterminated') {
      const quote = p.quote === '`' ? '`' : p.quote;
      return [`${where}unexpected EOF while looking for matching \`${quote}'`];
    }
    if (p.kind === 'unexpected' && p.token.kind === 'eof') return [`${where}syntax error: unexpected end of file`];
    if (p.kind === 'bad-substitution') return [`${site.arg0}: ${site.interactive ? '' : `line ${error.line}: `}${p.text}: bad substitution`];
    const token = p.kind === 'unexpected' ? p.token.text : p.kind === 'missing' ? p.what : '';
    const lines = [`${where}syntax error near unexpected token \`${token}'`];
    const source = error.sourceLine || input.split('\n')[error.line - 1] || '';
    lines.push(`${where}\`${source.trim()}'`);
    return lines;
  },
};

/** The flavour of a shell by the name it was invoked as. */
export function flavourOf(name: 'ash' | 'dash' | 'bash'): Flavour {
  return name === 'bash' ? BASH : name === 'dash' ? DASH : ASH;
}
