/**
 * @module
 * File trees as tar bytes, deterministically: entries in path order (parents first, names
 * sorted), fixed header fields (no user/group names, mtimes from the tree truncated to seconds as
 * Docker's archiver does), so the same tree always gives the same bytes and a layer's DiffID is
 * honestly `sha256(tar)`. Whiteouts become `.wh.<name>` and opaque directories get a
 * `.wh..wh..opq` entry (moby go-archive's overlay whiteout format). Headers are written by
 * @obsidize/tar-browserify; names that do not fit USTAR get a PAX header.
 */
import { ArchiveEntry, UstarHeader, type UstarHeaderLike } from '@obsidize/tar-browserify';
import { UstarHeaderLinkIndicatorType as TypeFlag } from '@obsidize/tar-browserify';
import { sortedEntries, type DirectoryNode } from './node.js';

/** The prefix of a whiteout entry's name in a layer tar. */
export const WHITEOUT_PREFIX = '.wh.';
/** The name of the entry that marks its directory opaque. */
export const OPAQUE_MARKER = '.wh..wh..opq';

const BLOCK = 512;
const encoder = new TextEncoder();

/** Options of {@link treeToTar}. */
export interface TarWriteOptions {
  /** Prepended to every entry name (`etc/` for `docker cp` of a directory); default none. */
  readonly prefix?: string;
}

function fitsUstar(text: string): boolean {
  // eslint-disable-next-line no-control-regex
  return text.length <= 100 && /^[\x00-\x7f]*$/.test(text);
}

function asciiSafe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[^\x20-\x7e]/g, '_').slice(-100);
}

function padded(bytes: Uint8Array): Uint8Array {
  const rem = bytes.length % BLOCK;
  if (rem === 0) return bytes;
  const out = new Uint8Array(bytes.length + BLOCK - rem);
  out.set(bytes);
  return out;
}

/** The bytes of one entry: header (PAX-extended when needed) and padded content. */
function entryBytes(attrs: Partial<UstarHeaderLike>, content: Uint8Array | undefined): Uint8Array[] {
  const name = attrs.fileName ?? '';
  const link = attrs.linkedFileName ?? '';
  const size = content?.length ?? 0;
  if (fitsUstar(name) && fitsUstar(link)) {
    const entry = new ArchiveEntry({ headerAttributes: { ...attrs, fileSize: size }, content: content && size > 0 ? content : null });
    return [entry.toUint8Array()];
  }
  const records = paxRecord('path', name) + (link ? paxRecord('linkpath', link) : '');
  const paxData = encoder.encode(records);
  const paxBytes = padded(paxData);
  const paxLength = paxData.length;
  const preamble = UstarHeader.serializeAttributes({
    fileName: asciiSafe(`PaxHeaders.0/${name.split('/').filter(Boolean).pop() ?? ''}`),
    typeFlag: TypeFlag.LOCAL_EXTENDED_HEADER,
    fileMode: 0o644,
    fileSize: paxLength,
    lastModified: attrs.lastModified ?? 0,
  });
  const header = UstarHeader.serializeAttributes({ ...attrs, fileName: asciiSafe(name), linkedFileName: asciiSafe(link), fileSize: size });
  return [preamble, paxBytes, header, ...(content && size > 0 ? [padded(content)] : [])];
}

/**
 * One PAX extended-header record, `"<length> <key>=<value>\n"`, where the length counts the
 * record's UTF-8 bytes including itself (the library counts characters, wrong for non-ASCII).
 */
function paxRecord(key: string, value: string): string {
  const rest = ` ${key}=${value}\n`;
  const restBytes = encoder.encode(rest).length;
  let length = restBytes + String(restBytes).length;
  if (String(length).length + restBytes !== length) length = String(length + 1).length + restBytes;
  return `${length}${rest}`;
}

function seconds(ms: number): number {
  return Math.floor(ms / 1000) * 1000;
}

/** Every entry of the tree (not the root itself) as tar entry chunks, in path order. */
function collect(dir: DirectoryNode, base: string, out: Uint8Array[]): void {
  for (const [name, node] of sortedEntries(dir)) {
    const path = base + name;
    if (node.kind === 'whiteout') {
      out.push(...entryBytes({ fileName: base + WHITEOUT_PREFIX + name, typeFlag: TypeFlag.NORMAL_FILE, fileMode: 0o600, lastModified: 0 }, undefined));
      continue;
    }
    const common = { fileMode: node.mode, ownerUserId: node.uid, groupUserId: node.gid, lastModified: seconds(node.mtime) };
    if (node.kind === 'file') out.push(...entryBytes({ ...common, fileName: path, typeFlag: TypeFlag.NORMAL_FILE }, node.data));
    else if (node.kind === 'symlink') out.push(...entryBytes({ ...common, fileName: path, typeFlag: TypeFlag.SYMBOLIC_LINK, linkedFileName: node.target }, undefined));
    else {
      out.push(...entryBytes({ ...common, fileName: path + '/', typeFlag: TypeFlag.DIRECTORY }, undefined));
      if (node.opaque) {
        out.push(...entryBytes({ ...common, fileName: `${path}/${OPAQUE_MARKER}`, typeFlag: TypeFlag.NORMAL_FILE }, undefined));
      }
      collect(node, path + '/', out);
    }
  }
}

/** A tar archive of the tree's content (the root directory itself has no entry, as in layer tars). */
export function treeToTar(root: DirectoryNode, options: TarWriteOptions = {}): Uint8Array {
  const chunks: Uint8Array[] = [];
  collect(root, options.prefix ?? '', chunks);
  let length = 2 * BLOCK; // the end-of-archive marker: two zero blocks
  for (const c of chunks) length += c.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}

/** UTF-8 bytes of text (for callers building entries by hand). */
export function textBytes(text: string): Uint8Array {
  return encoder.encode(text);
}
