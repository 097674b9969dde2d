/**
 * @module
 * The contract's streams: what a program reads (stdin, sockets) and writes (stdout, stderr, logs).
 */

/** The readable end of a pipe, terminal or socket. */
export interface ProcessInput {
  /** The next chunk, or `null` at end of input. */
  read(): Promise<Uint8Array | null>;
  /** The next line without its `\n` (a final unterminated line counts), or `null` at end of input. */
  readLine(): Promise<string | null>;
  /** Everything until end of input. */
  readAll(): Promise<Uint8Array>;
  /** True when this is a terminal (`docker run -it`): shells prompt, tools ask interactively. */
  readonly isTTY?: boolean;
}

/** The writable end of a pipe, terminal, log or socket. Writes never block. */
export interface ProcessOutput {
  /** Writes text (UTF-8) or bytes. Writing to a closed output is ignored; a pipe whose reader has gone raises SIGPIPE in the writing process. */
  write(data: string | Uint8Array): void;
  /** True when this is a terminal (`docker run -t`): programs format for humans. */
  readonly isTTY: boolean;
}
