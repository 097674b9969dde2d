/**
 * @module
 * Opening files as programs and shells do, including the device files every container has:
 * `/dev/null` (empty, discards), `/dev/stdin`, `/dev/stdout`, `/dev/stderr`, `/dev/fd/N` (the
 * process's own streams) and `/dev/tty`. A file opened for writing is created (or truncated) at
 * once, like `open(O_CREAT|O_TRUNC)`, and each write lands in the file immediately.
 */
import { FsError, type ProcessFs, type ProcessInput, type ProcessOutput } from '../types.js';
import { resolvePath } from './paths.js';
import { emptyInput, inputOf, nullOutput } from './streams.js';

/** A process's standard streams, for the `/dev/std*` files. */
export interface StdStreams {
  readonly stdin: ProcessInput;
  readonly stdout: ProcessOutput;
  readonly stderr: ProcessOutput;
  /** Other open descriptors (a shell's `3>`), for `/dev/fd/N`. */
  readonly fds?: ReadonlyMap<number, ProcessInput | ProcessOutput>;
}

/** The standard stream a device path names, if it names one. */
function device(path: string, std: StdStreams | undefined): ProcessInput | ProcessOutput | 'null' | undefined {
  if (path === '/dev/null') return 'null';
  if (!std) return undefined;
  const fd = /^\/(?:dev\/fd|proc\/self\/fd)\/(\d+)$/.exec(path);
  const n = path === '/dev/stdin' ? 0 : path === '/dev/stdout' || path === '/dev/tty' ? 1 : path === '/dev/stderr' ? 2 : fd ? Number(fd[1]) : -1;
  if (n === 0) return std.stdin;
  if (n === 1) return std.stdout;
  if (n === 2) return std.stderr;
  return n > 2 ? std.fds?.get(n) : undefined;
}

/** Opens `path` (absolute, or relative to `cwd`) for reading: its bytes as an input. Throws {@link FsError}. */
export function openRead(fs: ProcessFs, cwd: string, path: string, std?: StdStreams): ProcessInput {
  const abs = resolvePath(cwd, path);
  const dev = device(abs, std);
  if (dev === 'null') return emptyInput();
  if (dev && 'read' in dev) return dev;
  if (dev) throw new FsError('EINVAL', 'open', path);
  if (fs.stat(abs).kind === 'directory') throw new FsError('EISDIR', 'read', path);
  return inputOf(fs.readFile(abs));
}

/** Opens `path` for writing (truncating unless `append`). Throws {@link FsError} (ENOENT, EISDIR, ENOTDIR…). */
export function openWrite(fs: ProcessFs, cwd: string, path: string, options: { readonly append?: boolean; readonly std?: StdStreams } = {}): ProcessOutput {
  const abs = resolvePath(cwd, path);
  const dev = device(abs, options.std);
  if (dev === 'null') return nullOutput;
  if (dev && 'write' in dev) return dev;
  if (dev) throw new FsError('EINVAL', 'open', path);
  if (fs.exists(abs) && fs.stat(abs).kind === 'directory') throw new FsError('EISDIR', 'open', path);
  fs.writeFile(abs, '', { append: options.append === true });
  return {
    isTTY: false,
    write: (data) => fs.writeFile(abs, data, { append: true }),
  };
}
