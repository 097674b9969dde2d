/**
 * @module
 * Reading tar archives (plain or gzip-compressed) into entries or file trees, for `docker load`,
 * `docker cp` into a container, build contexts and layer blobs. Header fields are decoded by
 * @obsidize/tar-browserify (`UstarHeader`, `PaxHeader`); the walk over the 512-byte blocks is
 * ours, linear in the archive's size (the library's reader copies the remaining buffer after
 * every entry, quadratic: seconds for a few hundred entries). USTAR name prefixes (Go's
 * archive/tar writes them), PAX and GNU long names and hard links are handled. In layer mode,
 * `.wh.<name>` entries become whiteouts and `.wh..wh..opq` marks its directory opaque.
 */
import { PaxHeader, UstarHeader } from '@obsidize/tar-browserify';
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

const BLOCK = 512;
const decoder = new TextDecoder();

/** A malformed archive. */
export class TarFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TarFormatError';
  }
}

function isZeroBlock(bytes: Uint8Array, offset: number): boolean {
  for (let i = offset; i < offset + BLOCK; i++) if (bytes[i] !== 0) return false;
  return true;
}

/** The entries of a tar archive (gunzipped first when compressed), in archive order. */
export function readTarSync(bytes: Uint8Array): TarEntry[] {
  const plain = isGzip(bytes) ? gunzipSync(bytes) : bytes;
  const out: TarEntry[] = [];
  let pax: PaxHeader | undefined;
  let longName: string | undefined;
  let longLink: string | undefined;
  let offset = 0;
  while (offset + BLOCK <= plain.length) {
    if (isZeroBlock(plain, offset)) break;
    const header = UstarHeader.deserialize(plain, offset);
    if (!header) throw new TarFormatError('archive/tar: invalid tar header');
    const data = offset + BLOCK;
    const size = header.typeFlag === '5' ? 0 : (pax?.size ?? header.fileSize);
    if (data + size > plain.length) throw new TarFormatError('unexpected EOF');
    const body = plain.subarray(data, data + size);
    offset = data + Math.ceil(size / BLOCK) * BLOCK;
    switch (header.typeFlag) {
      case 'x':
        pax = PaxHeader.deserialize(body);
        continue;
      case 'g':
        continue;
      case 'L':
        longName = decoder.decode(body).replace(/\0+$/, '');
        continue;
      case 'K':
        longLink = decoder.decode(body).replace(/\0+$/, '');
        continue;
    }
    const kind = kindOf(header.typeFlag);
    const prefix = header.fileNamePrefix;
    const name = pax?.path ?? longName ?? (prefix ? `${prefix}/${header.fileName}` : header.fileName);
    const link = pax?.linkPath ?? longLink ?? header.linkedFileName;
    pax = longName = longLink = undefined;
    if (!kind) continue;
    out.push({
      path: splitPath(name).join('/'),
      kind,
      mode: header.fileMode & 0o7777,
      uid: header.ownerUserId,
      gid: header.groupUserId,
      mtime: header.lastModified,
      data: kind === 'file' ? body.slice() : new Uint8Array(0),
      linkTarget: link,
    });
  }
  return out;
}

/** The entries of a tar archive (asynchronous, for sources that may be streamed). */
export async function readTar(bytes: Uint8Array): Promise<TarEntry[]> {
  return readTarSync(bytes);
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
