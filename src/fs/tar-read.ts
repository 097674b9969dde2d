/**
 * @module
 * Reading tar archives (plain or gzip-compressed) into entries or file trees, for `docker load`,
 * `docker cp` into a container, build contexts and layer blobs. Parsing is
 * @obsidize/tar-browserify's (asynchronous, as its reader is); USTAR name prefixes (Go's
 * archive/tar writes them), PAX and GNU long names and hard links are handled here. In layer
 * mode, `.wh.<name>` entries become whiteouts and `.wh..wh..opq` marks its directory opaque.
 */
import { Archive, type ArchiveEntry } from '@obsidize/tar-browserify';
import { gunzipSync } from 'fflate';
import { directoryNode, fileNode, isDirectory, symlinkNode, whiteoutNode, type DirectoryNode, type NodeOptions } from './node.js';
import { splitPath } from './path.js';
import { OPAQUE_MARKER, WHITEOUT_PREFIX } from './tar-write.js';
import { getNode, putNode } from './tree.js';

/** One entry of a tar archive, normalized (no leading `./` or `/`, no trailing `/`). */
export interface TarEntry {
  readonly path: string;
  readonly kind: 'file' | 'directory' | 'symlink' | 'hardlink';
  readonly mode: number;
  readonly uid: number;
  readonly gid: number;
  /** Epoch milliseconds (tar keeps whole seconds). */
  readonly mtime: number;
  /** File content (empty for other kinds). */
  readonly data: Uint8Array;
  /** Symlink target, or the archive path a hard link points to. */
  readonly linkTarget: string;
}

/** True when the bytes start with the gzip magic number. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

function entryName(entry: ArchiveEntry): string {
  const { pax, gnu, ustar } = entry.header;
  if (pax?.path || gnu?.longPath) return entry.fileName;
  const prefix = ustar.fileNamePrefix;
  return prefix ? `${prefix}/${ustar.fileName}` : ustar.fileName;
}

function kindOf(flag: string): TarEntry['kind'] | undefined {
  switch (flag) {
    case '0':
    case '\0':
    case '':
    case '7':
      return 'file';
    case '5':
      return 'directory';
    case '2':
      return 'symlink';
    case '1':
      return 'hardlink';
    default:
      return undefined; // devices, fifos and extended headers are not modelled
  }
}

/** The entries of a tar archive (gunzipped first when compressed), in archive order. */
export async function readTar(bytes: Uint8Array): Promise<TarEntry[]> {
  const plain = isGzip(bytes) ? gunzipSync(bytes) : bytes;
  const archive = await Archive.extract(plain);
  const out: TarEntry[] = [];
  for (const entry of archive.entries) {
    const kind = kindOf(entry.typeFlag);
    if (!kind) continue;
    const path = splitPath(entryName(entry)).join('/');
    out.push({
      path,
      kind,
      mode: entry.fileMode & 0o7777,
      uid: entry.ownerUserId,
      gid: entry.groupUserId,
      mtime: entry.lastModified,
      data: kind === 'file' ? (entry.content ?? new Uint8Array(0)) : new Uint8Array(0),
      linkTarget: entry.linkedFileName,
    });
  }
  return out;
}

/** Options of {@link entriesToTree}. */
export interface TreeFromTarOptions {
  /** Interpret whiteout entries (a layer tar); default false. */
  readonly layer?: boolean;
}

/** Builds a tree from tar entries. Later entries for a path replace earlier ones, as extraction does. */
export function entriesToTree(entries: readonly TarEntry[], options: TreeFromTarOptions = {}): DirectoryNode {
  let root = directoryNode();
  for (const e of entries) {
    if (e.path === '') continue; // the archive's own root (`./`)
    const parts = e.path.split('/');
    const name = parts[parts.length - 1]!;
    const meta: NodeOptions = { mode: e.mode, uid: e.uid, gid: e.gid, mtime: e.mtime };
    if (options.layer && name.startsWith(WHITEOUT_PREFIX)) {
      const parent = parts.slice(0, -1);
      if (name === OPAQUE_MARKER) {
        const dir = getNode(root, parent);
        root = putNode(root, parent, directoryNode({ ...(isDirectory(dir) ? dir : {}), entries: isDirectory(dir) ? dir.entries : undefined, opaque: true }));
      } else if (!name.startsWith(WHITEOUT_PREFIX + WHITEOUT_PREFIX)) {
        root = putNode(root, [...parent, name.slice(WHITEOUT_PREFIX.length)], whiteoutNode());
      }
      continue;
    }
    if (e.kind === 'directory') {
      const existing = getNode(root, parts);
      root = putNode(root, parts, directoryNode({ ...meta, entries: isDirectory(existing) ? existing.entries : undefined, opaque: isDirectory(existing) && existing.opaque }));
    } else if (e.kind === 'symlink') root = putNode(root, parts, symlinkNode(e.linkTarget, meta));
    else if (e.kind === 'hardlink') {
      const target = getNode(root, splitPath(e.linkTarget));
      root = putNode(root, parts, target?.kind === 'file' ? fileNode(target.data, { ...meta, mode: target.mode }) : fileNode(new Uint8Array(0), meta));
    } else root = putNode(root, parts, fileNode(e.data, meta));
  }
  return root;
}

/** Reads a tar archive (plain or gzip) into a tree; see {@link TreeFromTarOptions}. */
export async function tarToTree(bytes: Uint8Array, options: TreeFromTarOptions = {}): Promise<DirectoryNode> {
  return entriesToTree(await readTar(bytes), options);
}
