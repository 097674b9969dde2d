/**
 * @module
 * From argv to a program, as `execve` and the runtime's `LookPath` do it: a name without `/` is
 * searched in `PATH`; the file must be a regular, executable file; its first line decides what
 * runs — `#!dockersim <program>` names a registered program, `#!<interpreter> [arg]` runs the
 * interpreter on the script (binfmt_script, at most 4 levels deep), anything else is an
 * `exec format error`. Failures are {@link ExecError}s worded as runc prints them
 * (`exec: "foo": executable file not found in $PATH`), which Docker maps to 127/126.
 */
import type { ProgramRegistry } from '../registry.js';
import { ExecError, FsError, PROGRAM_MARKER, type FileStat, type Program, type ProcessFs, type ProcessUser } from '../types.js';
import { resolvePath } from './paths.js';

/** The PATH Docker gives a container whose image sets none. */
export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** Where and as whom to look an executable up. */
export interface ResolveOptions {
  /** The `PATH` to search; undefined searches nothing. */
  readonly path: string | undefined;
  /** Working directory for relative paths. */
  readonly cwd: string;
  /** Whose execute permission counts; default root. */
  readonly user?: ProcessUser;
  /**
   * `runtime` (default): Go's `exec.LookPath` as runc uses it — non-executable matches are
   * skipped. `shell`: ash/bash — a non-executable match is remembered and fails with EACCES.
   */
  readonly search?: 'runtime' | 'shell';
}

/** What an exec resolved to. */
export interface ResolvedExecutable {
  /** The registered program's name. */
  readonly name: string;
  readonly program: Program;
  /** The executable file (absolute). */
  readonly file: string;
  /** The argv the program gets (interpreters put their script path in front of the arguments). */
  readonly argv: readonly string[];
}

/** Linux's BINPRM_MAX_RECURSION: interpreters of interpreters, at most this deep. */
const MAX_INTERPRETERS = 4;
/** The kernel reads this much of a file to find `#!` (BINPRM_BUF_SIZE). */
const HEAD_BYTES = 256;

/** True when `user` may execute a file with `stat` (root: any execute bit). */
export function canExecute(stat: FileStat, user: ProcessUser = { uid: 0, gid: 0 }): boolean {
  if (stat.kind !== 'file') return false;
  if (user.uid === 0) return (stat.mode & 0o111) !== 0;
  if (stat.uid === user.uid) return (stat.mode & 0o100) !== 0;
  if (stat.gid === user.gid) return (stat.mode & 0o010) !== 0;
  return (stat.mode & 0o001) !== 0;
}

/**
 * Finds the file `name` runs: itself when it has a `/`, else the first executable match in
 * `PATH`. Throws {@link ExecError} (ENOENT, EACCES, EISDIR, ENOTFOUND_IN_PATH).
 */
export function lookPath(fs: ProcessFs, name: string, options: ResolveOptions): string {
  if (name === '') throw new ExecError('ENOENT', name, `exec: "": executable file not found in $PATH`);
  if (name.includes('/')) {
    const file = resolvePath(options.cwd, name);
    const stat = statOf(fs, file);
    if (!stat) throw new ExecError('ENOENT', name, `exec: "${name}": stat ${name}: no such file or directory`);
    if (stat.kind === 'directory') throw new ExecError('EISDIR', name, `exec: "${name}": is a directory`);
    if (!canExecute(stat, options.user)) throw new ExecError('EACCES', name, `exec: "${name}": permission denied`);
    return file;
  }
  let denied: string | undefined;
  for (const dir of (options.path ?? '').split(':')) {
    if (options.path === undefined) break;
    const file = resolvePath(options.cwd, `${dir === '' ? '.' : dir}/${name}`);
    const stat = statOf(fs, file);
    if (!stat || stat.kind === 'directory') continue;
    if (canExecute(stat, options.user)) return file;
    denied ??= file;
  }
  if (denied !== undefined && options.search === 'shell') throw new ExecError('EACCES', denied, `exec: "${name}": permission denied`);
  throw new ExecError('ENOTFOUND_IN_PATH', name, `exec: "${name}": executable file not found in $PATH`);
}

/**
 * Resolves `argv` to the program that runs and the argv it gets. Throws {@link ExecError} as
 * `execve` would fail: ENOENT (also a missing interpreter), EACCES, EISDIR, ENOEXEC (no `#!`,
 * an unknown program name, or interpreters nested too deep), ENOTFOUND_IN_PATH.
 */
export function resolveExecutable(fs: ProcessFs, programs: ProgramRegistry, argv: readonly string[], options: ResolveOptions): ResolvedExecutable {
  const name = argv[0] ?? '';
  const file = lookPath(fs, name, options);
  return load(fs, programs, file, name.includes('/') ? name : file, argv, options, 0);
}

/** Loads `file` (opened as `filename`, the name the script's interpreter is given). */
function load(fs: ProcessFs, programs: ProgramRegistry, file: string, filename: string, argv: readonly string[], options: ResolveOptions, depth: number): ResolvedExecutable {
  const head = headLine(fs, file);
  if (head.startsWith(PROGRAM_MARKER)) {
    const name = head.slice(PROGRAM_MARKER.length).trim().split(/\s/)[0] ?? '';
    const program = programs.get(name);
    if (!program) throw formatError(file);
    return { name, program, file, argv };
  }
  if (!head.startsWith('#!') || depth >= MAX_INTERPRETERS) throw formatError(file);
  // Only spaces and tabs separate: a CRLF script asks for the interpreter "/bin/sh\r", as on Linux.
  const body = head.slice(2).replace(/^[ \t]+/, '').replace(/[ \t]+$/, '');
  const cut = body.search(/[ \t]/);
  const interpreter = cut < 0 ? body : body.slice(0, cut);
  const optional = cut < 0 ? '' : body.slice(cut).replace(/^[ \t]+/, '');
  if (interpreter === '') throw formatError(file);
  const interpreterFile = resolvePath(options.cwd, interpreter);
  const stat = statOf(fs, interpreterFile);
  if (!stat) throw new ExecError('ENOENT', file, `exec ${file}: no such file or directory`, interpreter);
  if (!canExecute(stat, options.user)) throw new ExecError('EACCES', file, `exec ${file}: permission denied`, interpreter);
  const next = [interpreter, ...(optional ? [optional] : []), filename, ...argv.slice(1)];
  return load(fs, programs, interpreterFile, interpreter, next, options, depth + 1);
}

function formatError(file: string): ExecError {
  return new ExecError('ENOEXEC', file, `exec ${file}: exec format error`);
}

/** The file's first line (up to the kernel's 256 bytes), or '' when unreadable. */
function headLine(fs: ProcessFs, file: string): string {
  let bytes: Uint8Array;
  try {
    bytes = fs.readFile(file);
  } catch (error) {
    if (error instanceof FsError) throw new ExecError(error.code === 'ENOENT' ? 'ENOENT' : 'EACCES', file, `exec ${file}: ${error.description.toLowerCase()}`);
    throw error;
  }
  const head = bytes.subarray(0, HEAD_BYTES);
  const nl = head.indexOf(10);
  return new TextDecoder().decode(nl < 0 ? head : head.subarray(0, nl));
}

function statOf(fs: ProcessFs, path: string): FileStat | undefined {
  try {
    return fs.stat(path);
  } catch (error) {
    if (error instanceof FsError) return undefined;
    throw error;
  }
}
