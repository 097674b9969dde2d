/**
 * @module
 * How a program learns that its process is over: every pending call on its context rejects with
 * {@link ProcessGone} (and new calls throw it) once the process exits, is killed, or replaces its
 * image with `execve`. Programs should let it propagate; catching it changes nothing, since the
 * process has already ended and its output is discarded.
 */

/** Why a program's image ended. */
export type GoneReason = 'exit' | 'killed' | 'exec';

/** Thrown into a program whose process has ended or been replaced. */
export class ProcessGone extends Error {
  readonly reason: GoneReason;

  constructor(reason: GoneReason, message: string) {
    super(message);
    this.name = 'ProcessGone';
    this.reason = reason;
  }
}

/** True when `error` is the unwinding of an ended process. */
export function isProcessGone(error: unknown): error is ProcessGone {
  return error instanceof ProcessGone;
}
