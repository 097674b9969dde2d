/**
 * @module
 * What COPY and ADD write (moby `copy.go`, `performCopyForInfo`): a layer over the current
 * image's root. Files keep their mode and mtime; owners are root (or `--chown`'s ids; `COPY
 * --from` without `--chown` keeps them); missing destination directories are made 0755; a
 * directory source copies its contents; ADD extracts a local tar archive (plain or gzip) into the
 * destination. Symlinks on the destination path are followed inside the image's root.
 */
import { DockerError } from '../../core/errors.js';
import { readTarSync, type TarEntry } from '../../fs/tar-read.js';
import { directoryNode, fileNode, isDirectory, symlinkNode, withMeta, type DirectoryNode, type FsNode, type NodeMeta } from '../../fs/node.js';
import { locate, newUpper, overlayPut, type Overlay } from '../../fs/overlay.js';
import { getNode } from '../../fs/tree.js';
import { copyPlacements } from '../context/destination.js';
import type { CopySource, SourceIndex } from '../context/sources.js';
import type { Identity } from './chown.js';

/** Where a COPY reads from: a tree and its index (the context, or a stage's or image's root). */
export interface CopyOrigin {
  readonly tree: DirectoryNode;
  readonly index: SourceIndex;
}

/** One COPY/ADD to perform. */
export interface CopyRequest {
  /** The image's root filesystem the layer goes on. */
  readonly lower: DirectoryNode;
  readonly origin: CopyOrigin;
  readonly sources: readonly CopySource[];
  /** The destination, absolute (trailing slash kept). */
  readonly dest: string;
  /** Owner of what is written; absent: keep the source's owners (`COPY --from`). */
  readonly identity?: Identity;
  /** ADD: extract local tar archives. */
  readonly decompress: boolean;
  /** mtime of directories the copy creates. */
  readonly now: number;
}

const MAX_LINKS = 40;
const split = (path: string): string[] => path.split('/').filter((p) => p !== '' && p !== '.');

/** Follows symlinks in `path` inside the merged root (never above it). */
function resolvePath(o: Overlay, path: readonly string[]): string[] {
  const out: string[] = [];
  const pending = [...path];
  let links = 0;
  while (pending.length > 0) {
    const name = pending.shift()!;
    if (name === '..') {
      out.pop();
      continue;
    }
    const at = locate(o, [...out, name]);
    if (at?.node.kind === 'symlink' && links++ < MAX_LINKS) {
      if (at.node.target.startsWith('/')) out.length = 0;
      pending.unshift(...split(at.node.target));
      continue;
    }
    out.push(name);
  }
  return out;
}

class LayerWriter {
  o: Overlay;
  constructor(
    lower: DirectoryNode,
    private readonly request: CopyRequest,
  ) {
    this.o = { lower, upper: newUpper(lower) };
  }

  private owner(node: NodeMeta): { uid: number; gid: number } {
    return this.request.identity ?? { uid: node.uid, gid: node.gid };
  }

  isDir(path: readonly string[]): boolean {
    return locate(this.o, resolvePath(this.o, path))?.node.kind === 'directory';
  }

  /** `mkdir -p` with 0755 directories owned by the copy's identity. */
  mkdirAll(path: readonly string[]): string[] {
    const real = resolvePath(this.o, path);
    for (let i = 1; i <= real.length; i++) {
      const at = locate(this.o, real.slice(0, i));
      if (at === undefined) {
        const id = this.request.identity ?? { uid: 0, gid: 0 };
        this.put(real.slice(0, i), directoryNode({ mode: 0o755, ...id, mtime: this.request.now }));
      } else if (at.node.kind !== 'directory') throw new DockerError('Internal', `mkdir /${real.slice(0, i).join('/')}: not a directory`);
    }
    return real;
  }

  put(path: readonly string[], node: FsNode): void {
    this.o = { lower: this.o.lower, upper: overlayPut(this.o, path, node) };
  }

  /** Writes `node` at `path` (its parent made first), keeping an existing directory's contents. */
  write(path: readonly string[], node: FsNode, keepOwner = false): void {
    const parent = this.mkdirAll(path.slice(0, -1));
    const target = [...parent, path[path.length - 1]!];
    const owner = keepOwner ? { uid: node.uid, gid: node.gid } : this.owner(node);
    if (isDirectory(node)) {
      const existing = locate(this.o, target);
      if (existing?.node.kind === 'directory') return;
      this.put(target, directoryNode({ ...metaOf(node), ...owner }));
      return;
    }
    this.put(target, withMeta(node, owner));
  }
}

function metaOf(node: FsNode): NodeMeta {
  return { mode: node.mode, uid: node.uid, gid: node.gid, mtime: node.mtime };
}

/** The entries of a local archive ADD extracts, or undefined when the file is not one. */
function archiveEntries(data: Uint8Array): TarEntry[] | undefined {
  try {
    const entries = readTarSync(data);
    return entries.length > 0 ? entries : undefined;
  } catch {
    return undefined;
  }
}

function entryNode(entry: TarEntry): FsNode | undefined {
  const meta = { mode: entry.mode, uid: entry.uid, gid: entry.gid, mtime: entry.mtime };
  if (entry.kind === 'directory') return directoryNode(meta);
  if (entry.kind === 'symlink') return symlinkNode(entry.linkTarget, meta);
  if (entry.kind === 'file') return fileNode(entry.data, meta);
  return undefined;
}

/** The layer a COPY/ADD adds on `request.lower`. */
export function copyLayer(request: CopyRequest): DirectoryNode {
  const w = new LayerWriter(request.lower, request);
  const destParts = split(request.dest);
  for (const source of request.sources) {
    const file = source.kind === 'file' ? getNode(request.origin.tree, source.resolved) : undefined;
    const archive = request.decompress && file?.kind === 'file' ? archiveEntries(file.data) : undefined;
    if (archive) {
      // ADD of a local archive: its entries (owners kept) go into the destination directory.
      const into = w.mkdirAll(destParts);
      for (const entry of archive) {
        const node = entryNode(entry);
        if (node) w.write([...into, ...split(entry.path)], node, true);
      }
      continue;
    }
    for (const placement of copyPlacements(request.origin.index, source, request.dest, w.isDir(destParts))) {
      const node = getNode(request.origin.tree, placement.from) as FsNode | undefined;
      if (node === undefined) continue;
      w.write(split(placement.to), placement.kind === 'dir' && !isDirectory(node) ? directoryNode() : node);
    }
  }
  return w.o.upper;
}
