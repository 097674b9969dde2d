/**
 * @module
 * What went wrong while parsing, kept structured so each shell can word it its own way: busybox
 * ash says `syntax error: unexpected "fi"`, dash `Syntax error: "fi" unexpected`, bash
 * ``syntax error near unexpected token `fi'``.
 */

/** A token as syntax errors name it. */
export type TokenKind = 'eof' | 'newline' | 'word' | 'redirection' | 'operator' | 'keyword';

/** The token a syntax error is about. */
export interface TokenDesc {
  readonly kind: TokenKind;
  /** Its text (`fi`, `;;`, `)`); empty for end of file. */
  readonly text: string;
}

/** The kinds of syntax error. */
export type SyntaxProblem =
  | { readonly kind: 'unexpected'; readonly token: TokenDesc; readonly expecting?: TokenDesc }
  | { readonly kind: 'unterminated'; readonly quote: "'" | '"' | '`' }
  | { readonly kind: 'missing'; readonly what: '}' | '))' | ')' }
  | { readonly kind: 'bad-substitution'; readonly text: string }
  | { readonly kind: 'bad-for-variable'; readonly name: string }
  | { readonly kind: 'bad-fd'; readonly text: string };

/** A syntax error at a line; `incomplete` when more input could complete the command. */
export class ShellSyntaxError extends Error {
  readonly problem: SyntaxProblem;
  readonly line: number;
  /** True when the error is "ran out of input" (a prompt would ask for more with PS2). */
  readonly incomplete: boolean;
  /** The source line it happened on (bash quotes it). */
  readonly sourceLine: string;

  constructor(problem: SyntaxProblem, line: number, incomplete: boolean, sourceLine: string) {
    super(`syntax error (${problem.kind}) at line ${line}`);
    this.name = 'ShellSyntaxError';
    this.problem = problem;
    this.line = line;
    this.incomplete = incomplete;
    this.sourceLine = sourceLine;
  }
}

/** The token of `text` at end of input / newline, for messages. */
export const EOF_TOKEN: TokenDesc = { kind: 'eof', text: '' };
