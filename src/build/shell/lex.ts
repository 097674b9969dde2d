/**
 * @module
 * Dockerfile variable substitution and word splitting, as BuildKit's `shell/lex.go` does it (the
 * same code runs in the classic builder): `$VAR`, `${VAR}`, `${VAR:-x}`, `${VAR-x}`,
 * `${VAR:+x}`, `${VAR+x}`, `${VAR:?msg}`, `${VAR?msg}`, `${VAR#p}`, `${VAR%p}`, `${VAR/p/r}`,
 * single and double quotes, the escape character (`\` or the `# escape=` one), and words split
 * after substitution. It is not a shell: nothing runs, `$(…)` stays literal.
 * See https://docs.docker.com/reference/dockerfile/#environment-replacement.
 */
import { shellLexError } from '../../core/messages/index.js';
import type { DockerError } from '../../core/errors.js';
import { goQuote } from '../go/quote.js';
import type { Env } from './env.js';
import { EOF, LexFailure, Scanner } from './scanner.js';

/** How a {@link ShellLex} treats quotes, escapes and unset variables. */
export interface ShellLexOptions {
  /** Keep quote characters in the result (used to detect quoted heredoc names). */
  readonly rawQuotes?: boolean;
  /** Keep escape characters in the result. */
  readonly rawEscapes?: boolean;
  /** Treat quotes as ordinary characters. */
  readonly skipProcessQuotes?: boolean;
  /** Leave references to unset variables as written (`$X`, `${X:-y}`) instead of expanding them. */
  readonly skipUnsetEnv?: boolean;
}

/** The outcome of processing one word. */
export interface ShellWordResult {
  /** The word with quotes removed and variables substituted. */
  readonly result: string;
  /** The word split into fields after substitution (unquoted whitespace separates). */
  readonly words: readonly string[];
  /** Variables that were referenced and set. */
  readonly matched: ReadonlySet<string>;
  /** Variables that were referenced but unset. */
  readonly unmatched: ReadonlySet<string>;
}

/** Dockerfile variable substitution with a given escape character (`\` or `` ` ``). */
export class ShellLex {
  readonly escapeToken: string;
  readonly options: ShellLexOptions;

  constructor(escapeToken = '\\', options: ShellLexOptions = {}) {
    this.escapeToken = escapeToken;
    this.options = options;
  }

  /** A lexer with the same escape character and different options. */
  with(options: ShellLexOptions): ShellLex {
    return new ShellLex(this.escapeToken, { ...this.options, ...options });
  }

  /** Substitutes variables in `word` and removes quotes (BuildKit `ProcessWord`). */
  processWord(word: string, env: Env): string {
    return this.processWithMatches(word, env).result;
  }

  /** Substitutes, then splits into words (BuildKit `ProcessWords`; used by EXPOSE). */
  processWords(word: string, env: Env): readonly string[] {
    return this.processWithMatches(word, env).words;
  }

  /**
   * Processes `word`, reporting which variables it used. Throws a DockerError
   * `failed to process "<word>": <reason>` on bad syntax or a failed `${VAR:?msg}`.
   */
  processWithMatches(word: string, env: Env): ShellWordResult {
    const scan = new Scanner(word, this.escapeToken, this.options, env);
    try {
      const { result, words } = scan.processStopOn(EOF, this.options.rawEscapes ?? false);
      return { result, words, matched: scan.matched, unmatched: scan.unmatched };
    } catch (e) {
      if (e instanceof LexFailure) throw lexError(word, e.message);
      throw e;
    }
  }
}

function lexError(word: string, reason: string): DockerError {
  return shellLexError(goQuote(word), reason);
}
