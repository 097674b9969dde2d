/**
 * A small in-memory {@link ProcessFs} for the programs layer's tests: one mutable tree with
 * files, directories and symlinks, POSIX errors, and watchers. The container runtime supplies the
 * real union filesystem; this double only has to behave like one for a single process tree.
 */
import { FsError, type FileKind, type FileStat, type ProcessFs } from '../../src/programs/types.js';

interface Node {
  kind: FileKind;
  mode: number;
  uid: number;
  gid: number;
  mtime: number;
  data: Uint8Array;
  target: string;
  children: Map<string, Node>;
}

const enc = new TextEncoder();

function split(path: string): string[] {
  return path.split('/').filter((p) => p !== '' && p !== '.');
}

/** A tree of files for tests; `files` maps absolute paths to contents (dirs are created). */
export class MemoryFs implements ProcessFs {
  readonly #root: Node;
  readonly #now: () => number;
  readonly #watchers = new Set<{ path: string; listener: (changed: string) => void }>();

  constructor(files: { readonly [path: string]: string | { readonly data?: string; readonly mode?: number; readonly symlink?: string } } = {}, now: () => number = () => Date.UTC(2025, 0, 1)) {
    this.#now = now;
    this.#root = this.#node('directory', 0o755);
    for (const [path, spec] of Object.entries(files)) {
      this.mkdir(parentOf(path), { recursive: true });
      if (typeof spec === 'string') this.writeFile(path, spec, { mode: 0o644 });
      else if (spec.symlink !== undefined) this.symlink(spec.symlink, path);
      else this.writeFile(path, spec.data ?? '', { mode: spec.mode ?? 0o644 });
    }
  }

  #node(kind: FileKind, mode: number): Node {
    return { kind, mode, uid: 0, gid: 0, mtime: this.#now(), data: new Uint8Array(0), target: '', children: new Map() };
  }

  /** Resolves `path` to [parent, name, node?]; follows symlinks (the last one only if `follow`). */
  #walk(path: string, syscall: string, follow: boolean, depth = 0): { parent: Node; name: string; node: Node | undefined; path: string } {
    if (depth > 40) throw new FsError('ELOOP', syscall, path);
    const parts = split(path);
    let dir = this.#root;
    const seen: string[] = [];
    for (let i = 0; i < parts.length; i++) {
      const name = parts[i]!;
      const last = i === parts.length - 1;
      if (name === '..') {
        seen.pop();
        dir = this.#walk('/' + seen.join('/'), syscall, true, depth + 1).node ?? this.#root;
        if (last) return { parent: dir, name: '.', node: dir, path: '/' + seen.join('/') };
        continue;
      }
      if (dir.kind !== 'directory') throw new FsError('ENOTDIR', syscall, path);
      const node = dir.children.get(name);
      if (node?.kind === 'symlink' && (!last || follow)) {
        const target = node.target.startsWith('/') ? node.target : '/' + [...seen, node.target].join('/');
        const rest = parts.slice(i + 1).join('/');
        return this.#walk(rest ? `${target}/${rest}` : target, syscall, follow, depth + 1);
      }
      if (last) return { parent: dir, name, node, path: '/' + [...seen, name].join('/') };
      if (!node) throw new FsError('ENOENT', syscall, path);
      seen.push(name);
      dir = node;
    }
    return { parent: this.#root, name: '.', node: this.#root, path: '/' };
  }

  #get(path: string, syscall: string, follow = true): Node {
    const { node } = this.#walk(path, syscall, follow);
    if (!node) throw new FsError('ENOENT', syscall, path);
    return node;
  }

  #changed(path: string): void {
    for (const w of this.#watchers) if (path === w.path || path.startsWith(w.path.endsWith('/') ? w.path : w.path + '/')) w.listener(path);
  }

  #stat(node: Node): FileStat {
    const size = node.kind === 'file' ? node.data.length : node.kind === 'symlink' ? node.target.length : 4096;
    return { kind: node.kind, mode: node.mode, uid: node.uid, gid: node.gid, size, mtime: node.mtime, ...(node.kind === 'symlink' ? { target: node.target } : {}) };
  }

  stat(path: string): FileStat {
    return this.#stat(this.#get(path, 'stat'));
  }
  lstat(path: string): FileStat {
    return this.#stat(this.#get(path, 'lstat', false));
  }
  exists(path: string): boolean {
    try {
      this.#get(path, 'stat');
      return true;
    } catch {
      return false;
    }
  }
  readFile(path: string): Uint8Array {
    const node = this.#get(path, 'open');
    if (node.kind === 'directory') throw new FsError('EISDIR', 'read', path);
    return node.data;
  }
  writeFile(path: string, data: string | Uint8Array, options: { readonly mode?: number; readonly append?: boolean } = {}): void {
    const w = this.#walk(path, 'open', true);
    if (w.parent.kind !== 'directory') throw new FsError('ENOTDIR', 'open', path);
    let node = w.node;
    if (node?.kind === 'directory') throw new FsError('EISDIR', 'open', path);
    if (!node) {
      node = this.#node('file', options.mode ?? 0o644);
      w.parent.children.set(w.name, node);
    }
    const bytes = typeof data === 'string' ? enc.encode(data) : data;
    if (options.append) {
      const joined = new Uint8Array(node.data.length + bytes.length);
      joined.set(node.data);
      joined.set(bytes, node.data.length);
      node.data = joined;
    } else node.data = Uint8Array.from(bytes);
    node.mtime = this.#now();
    this.#changed(w.path);
  }
  readdir(path: string): string[] {
    const node = this.#get(path, 'scandir');
    if (node.kind !== 'directory') throw new FsError('ENOTDIR', 'scandir', path);
    return [...node.children.keys()].sort();
  }
  mkdir(path: string, options: { readonly recursive?: boolean; readonly mode?: number } = {}): void {
    if (options.recursive) {
      let at = '';
      for (const part of split(path)) {
        at += '/' + part;
        const w = this.#walk(at, 'mkdir', true);
        if (!w.node) w.parent.children.set(w.name, this.#node('directory', options.mode ?? 0o755));
        else if (w.node.kind !== 'directory') throw new FsError('ENOTDIR', 'mkdir', path);
      }
      return;
    }
    const w = this.#walk(path, 'mkdir', false);
    if (w.node) throw new FsError('EEXIST', 'mkdir', path);
    if (w.parent.kind !== 'directory') throw new FsError('ENOTDIR', 'mkdir', path);
    w.parent.children.set(w.name, this.#node('directory', options.mode ?? 0o755));
    this.#changed(w.path);
  }
  rm(path: string, options: { readonly recursive?: boolean; readonly force?: boolean } = {}): void {
    const w = this.#walk(path, 'rm', false);
    if (!w.node) {
      if (options.force) return;
      throw new FsError('ENOENT', 'rm', path);
    }
    if (w.node.kind === 'directory' && w.node.children.size > 0 && !options.recursive) throw new FsError('ENOTEMPTY', 'rmdir', path);
    w.parent.children.delete(w.name);
    this.#changed(w.path);
  }
  rename(from: string, to: string): void {
    const a = this.#walk(from, 'rename', false);
    if (!a.node) throw new FsError('ENOENT', 'rename', from);
    const b = this.#walk(to, 'rename', false);
    if (b.node?.kind === 'directory' && a.node.kind !== 'directory') throw new FsError('EISDIR', 'rename', to);
    a.parent.children.delete(a.name);
    b.parent.children.set(b.name, a.node);
    this.#changed(a.path);
    this.#changed(b.path);
  }
  symlink(target: string, path: string): void {
    const w = this.#walk(path, 'symlink', false);
    if (w.node) throw new FsError('EEXIST', 'symlink', path);
    const node = this.#node('symlink', 0o777);
    node.target = target;
    w.parent.children.set(w.name, node);
  }
  readlink(path: string): string {
    const node = this.#get(path, 'readlink', false);
    if (node.kind !== 'symlink') throw new FsError('EINVAL', 'readlink', path);
    return node.target;
  }
  realpath(path: string): string {
    const w = this.#walk(path, 'realpath', true);
    if (!w.node) throw new FsError('ENOENT', 'realpath', path);
    return w.path;
  }
  chmod(path: string, mode: number): void {
    this.#get(path, 'chmod').mode = mode & 0o7777;
  }
  chown(path: string, uid: number, gid: number): void {
    const node = this.#get(path, 'chown');
    node.uid = uid;
    node.gid = gid;
  }
  utimes(path: string, mtime: number): void {
    this.#get(path, 'utime').mtime = mtime;
  }
  watch(path: string, listener: (changed: string) => void): () => void {
    const entry = { path, listener };
    this.#watchers.add(entry);
    return () => this.#watchers.delete(entry);
  }
}

function parentOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}
