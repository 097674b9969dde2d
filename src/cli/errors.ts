/**
 * @module
 * How the docker CLI ends with an error (cmd/docker `main`): the error's text on stderr and an
 * exit status — 1 for a plain error, the status a {@link StatusError} carries otherwise (125 for
 * flag errors). A daemon error reads `Error response from daemon: <message>`; `docker run` and
 * `docker create` wrap theirs as `docker: <message>\n\nRun 'docker run --help' for more
 * information` and exit 125, 126 or 127 (docker/cli `container/run.go`).
 */
import { isDockerError } from '../core/errors.js';

/** An error with the exit status the CLI ends with (docker/cli `cli.StatusError`). */
export class StatusError extends Error {
  /** The exit status. */
  readonly status: number;

  constructor(message: string, status: number) {
    super(message);
    this.name = 'StatusError';
    this.status = status;
  }
}

/** The text the CLI prints for an error (daemon errors get docker's client prefix). */
export function errorText(error: unknown): string {
  if (isDockerError(error)) return `Error response from daemon: ${error.message}`;
  if (error instanceof Error) return error.message;
  return String(error);
}

/** The exit status for an error: a {@link StatusError}'s own, else 1. */
export function exitStatus(error: unknown): number {
  return error instanceof StatusError && error.status !== 0 ? error.status : 1;
}

/** docker/cli `withHelp`: `docker: <error>\n\nRun 'docker <command> --help' for more information`. */
export function withHelp(error: unknown, command: 'run' | 'create', status = 125): StatusError {
  return new StatusError(`docker: ${errorText(error)}\n\nRun 'docker ${command} --help' for more information`, status);
}

/**
 * `docker run`'s status for a failed create/start (docker/cli `toStatusError`): 127 when the
 * command is not found, 126 when it cannot be invoked, 125 otherwise.
 */
export function runStatusError(error: unknown): StatusError {
  const text = errorText(error);
  if (/executable file not found|no such file or directory|system cannot find the file specified/.test(text)) return withHelp(error, 'run', 127);
  if (/permission denied|is a directory/.test(text)) return withHelp(error, 'run', 126);
  return withHelp(error, 'run', 125);
}
