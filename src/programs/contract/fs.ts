/**
 * @module
 * The contract's filesystem: the container's union view as a process sees it, and its errors.
 */

/** Errors a filesystem call can raise, as errno names. */
export type FsErrorCode =
  | 'ENOENT'
  | 'EEXIST'
  | 'ENOTDIR'
  | 'EISDIR'
  | 'ENOTEMPTY'
  | 'EACCES'
  | 'EPERM'
  | 'EROFS'
  | 'EINVAL'
  | 'ELOOP'
  | 'EXDEV'
  | 'EBUSY';

/** A failed filesystem call: `code` says why, `path` and `syscall` say where. */
export class FsError extends Error {
  readonly code: FsErrorCode;
  readonly path: string;
  readonly syscall: string;

  constructor(code: FsErrorCode, syscall: string, path: string) {
    super(`${code}: ${FS_ERROR_TEXT[code]}, ${syscall} '${path}'`);
    this.name = 'FsError';
    this.code = code;
    this.path = path;
    this.syscall = syscall;
  }

  /** The C library's text for the code (`No such file or directory`), as tools print it. */
  get description(): string {
    return FS_ERROR_TEXT[this.code];
  }
}

/** strerror() texts of glibc/musl for each code. */
export const FS_ERROR_TEXT: { readonly [code in FsErrorCode]: string } = {
  ENOENT: 'No such file or directory',
  EEXIST: 'File exists',
  ENOTDIR: 'Not a directory',
  EISDIR: 'Is a directory',
  ENOTEMPTY: 'Directory not empty',
  EACCES: 'Permission denied',
  EPERM: 'Operation not permitted',
  EROFS: 'Read-only file system',
  EINVAL: 'Invalid argument',
  ELOOP: 'Too many levels of symbolic links',
  EXDEV: 'Invalid cross-device link',
  EBUSY: 'Resource busy',
};

/** The kind of a filesystem entry. */
export type FileKind = 'file' | 'directory' | 'symlink';

/** What `stat`/`lstat` report. Times are virtual epoch milliseconds. */
export interface FileStat {
  readonly kind: FileKind;
  /** Permission bits (`0o755`), without the file-type bits. */
  readonly mode: number;
  readonly uid: number;
  readonly gid: number;
  readonly size: number;
  readonly mtime: number;
  /** For symlinks (lstat): the link's target. */
  readonly target?: string;
}

/**
 * A process's view of its container's filesystem: the image layers, the writable layer and the
 * mounts (volumes, binds) resolved into one POSIX-like tree. Paths are absolute; symlinks are
 * followed except by `lstat`, `readlink`, `rm` and `rename` on the link itself. Calls are
 * synchronous (everything is in memory) and throw {@link FsError}.
 */
export interface ProcessFs {
  stat(path: string): FileStat;
  lstat(path: string): FileStat;
  exists(path: string): boolean;
  readFile(path: string): Uint8Array;
  /** Creates or replaces a file (or appends); the parent directory must exist. */
  writeFile(path: string, data: string | Uint8Array, options?: { readonly mode?: number; readonly append?: boolean }): void;
  /** Entry names of a directory, sorted. */
  readdir(path: string): string[];
  mkdir(path: string, options?: { readonly recursive?: boolean; readonly mode?: number }): void;
  /** Removes a file, a link, or (with `recursive`) a directory tree; `force` ignores a missing path. */
  rm(path: string, options?: { readonly recursive?: boolean; readonly force?: boolean }): void;
  rename(from: string, to: string): void;
  symlink(target: string, path: string): void;
  readlink(path: string): string;
  /** The canonical absolute path, every symlink resolved. */
  realpath(path: string): string;
  chmod(path: string, mode: number): void;
  chown(path: string, uid: number, gid: number): void;
  /** Sets the modification time (virtual epoch ms); `touch`. */
  utimes(path: string, mtime: number): void;
  /**
   * Calls `listener` with the changed path whenever something under `path` changes (from this
   * container or, through a bind mount, from the host). Returns the unsubscribe function.
   */
  watch(path: string, listener: (changed: string) => void): () => void;
}
