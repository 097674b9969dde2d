/**
 * @module
 * The low-level parse of a Dockerfile, as BuildKit's `frontend/dockerfile/parser` produces it:
 * one node per instruction, arguments shaped per instruction but not yet interpreted (quotes are
 * still in place, variables not substituted). The typed instructions are built from these nodes.
 * See https://docs.docker.com/reference/dockerfile/.
 */

/** A here-document attached to RUN, COPY or ADD (`<<EOF` … `EOF`). */
export interface Heredoc {
  /** The terminator word, quotes removed (`EOF` for `<<"EOF"`). */
  readonly name: string;
  /** The file descriptor before `<<` (`3<<EOF`), 0 when none. */
  readonly fileDescriptor: number;
  /** False when any part of the name was quoted: the content is then taken literally. */
  readonly expand: boolean;
  /** True for `<<-`: leading tabs are stripped from the content and the terminator. */
  readonly chomp: boolean;
  /** The lines between the instruction and the terminator, each with its newline. */
  readonly content: string;
}

/** One instruction of a Dockerfile, before interpretation. */
export interface DockerfileNode {
  /** The instruction keyword as written (`RUN`, `run`, `Copy`). */
  readonly value: string;
  /** Leading `--flag[=value]` words (BuildKit takes them for every instruction), as written. */
  readonly flags: readonly string[];
  /**
   * The arguments, shaped per instruction: one string for a shell-form command, one per element
   * of a JSON (exec) form, key/value/separator triples for ENV and LABEL (separator `""` for
   * the legacy `KEY value` form, `=` otherwise), `[type, …command]` for HEALTHCHECK, the words of
   * FROM, EXPOSE, ARG and whitespace-separated ADD/COPY/VOLUME. Empty for ONBUILD (see `child`).
   */
  readonly args: readonly string[];
  /** ONBUILD's trigger instruction. */
  readonly child?: DockerfileNode;
  /** True when the arguments were written as a JSON array (exec form). */
  readonly json: boolean;
  /** The instruction's text with continuations joined (what `Step i/N :` prints, trimmed). */
  readonly original: string;
  /** First line of the instruction, 1-based. */
  readonly startLine: number;
  /** Last line of the instruction, heredoc bodies included. */
  readonly endLine: number;
  /** Here-documents that follow the instruction. */
  readonly heredocs: readonly Heredoc[];
  /** The comment lines directly above the instruction, `#` and spaces removed. */
  readonly comments: readonly string[];
}

/** A non-fatal finding of the parser (Docker prints them as `[WARNING]: …`). */
export interface ParseWarning {
  /** The one-line text, e.g. `Empty continuation line found in: RUN a b`. */
  readonly short: string;
  /** Longer explanation. */
  readonly detail: string;
  /** Documentation for the rule. */
  readonly url: string;
  /** The line the warning is about. */
  readonly line: number;
}

/** A parsed Dockerfile. */
export interface ParsedDockerfile {
  /** The instructions, in order. */
  readonly children: readonly DockerfileNode[];
  /** The escape character in effect (`\` unless `# escape=` said otherwise). */
  readonly escapeToken: string;
  /** Non-fatal findings (empty continuation lines). */
  readonly warnings: readonly ParseWarning[];
}
