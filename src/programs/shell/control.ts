/**
 * @module
 * How control leaves the middle of a shell run: `exit`, `return`, `break`/`continue`, an error
 * that aborts the current command (and a non-interactive shell), and a write into a pipe whose
 * reader has gone (SIGPIPE, which ends that pipeline element with status 141).
 */

/** `exit`: leave this shell (or subshell) with `status`. */
export class ShellExit extends Error {
  readonly status: number;
  constructor(status: number) {
    super(`exit ${status}`);
    this.name = 'ShellExit';
    this.status = status;
  }
}

/** An error already reported: abandon the current command; a non-interactive shell exits with `status`. */
export class ShellAbort extends Error {
  readonly status: number;
  constructor(status: number) {
    super(`aborted with ${status}`);
    this.name = 'ShellAbort';
    this.status = status;
  }
}

/** `return [n]` from a function or sourced script. */
export class FunctionReturn extends Error {
  readonly status: number;
  constructor(status: number) {
    super(`return ${status}`);
    this.name = 'FunctionReturn';
    this.status = status;
  }
}

/** `break [n]` / `continue [n]`. */
export class LoopControl extends Error {
  readonly kind: 'break' | 'continue';
  levels: number;
  constructor(kind: 'break' | 'continue', levels: number) {
    super(kind);
    this.name = 'LoopControl';
    this.kind = kind;
    this.levels = levels;
  }
}

/** A builtin wrote into a pipe with no reader. */
export class BrokenPipe extends Error {
  constructor() {
    super('broken pipe');
    this.name = 'BrokenPipe';
  }
}

/** Status of a process killed by SIGPIPE. */
export const SIGPIPE_STATUS = 141;
