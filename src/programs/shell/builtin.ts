/**
 * @module
 * The shape of a shell builtin: it runs inside the shell's own process with the command's
 * redirected descriptors. Special builtins (POSIX 2.14: `exit`, `export`, `set`, `.`…) differ:
 * their assignments persist and their errors abort a non-interactive shell.
 */
import { isBroken } from '../process/streams.js';
import type { ProcessInput } from '../types.js';
import { BrokenPipe } from './control.js';
import type { Fds } from './fds.js';
import type { Interpreter } from './interpreter.js';

/** A builtin's streams. */
export interface BuiltinIo {
  readonly fds: Fds;
  readonly stdin: ProcessInput;
  /** Writes to fd 1 (a write into a pipe without reader ends the builtin with SIGPIPE's status). */
  out(text: string): void;
  /** Writes to fd 2. */
  err(text: string): void;
}

/** A builtin's implementation: returns its exit status. */
export type BuiltinFn = (sh: Interpreter, argv: readonly string[], io: BuiltinIo) => Promise<number>;

/** A builtin and its POSIX category. */
export interface Builtin {
  readonly run: BuiltinFn;
  /** A POSIX special builtin. */
  readonly special?: boolean;
}

/** A builtin's streams over `fds`; writing to a pipe whose reader has gone throws {@link BrokenPipe}. */
export function builtinIo(fds: Fds): BuiltinIo {
  return {
    fds,
    stdin: fds.input(0),
    out: (text) => {
      const output = fds.output(1);
      if (isBroken(output)) throw new BrokenPipe();
      output.write(text);
    },
    err: (text) => fds.output(2).write(text),
  };
}
