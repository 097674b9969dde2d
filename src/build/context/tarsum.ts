/**
 * @module
 * The checksums the classic builder puts in its cache keys and image history
 * (`COPY file:<sha256> in /app`): every entry of the context tar gets a TarSum v1 sum — sha256 of
 * selected tar header fields (mtime excluded, so touching a file does not bust the cache) followed
 * by the content (moby `remotecontext/internal/tarsum`). A directory source hashes the sorted sums
 * of everything in it (`dir:`), several sources hash their hashes (`multi:`).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { utf8 } from '../../core/digest.js';

/** The tar header fields TarSum v1 reads. */
export interface TarSumHeader {
  /** The entry name as in the tar (`src/index.js`, `src/` for a directory). */
  readonly name: string;
  /** Permission bits (`0o644`). */
  readonly mode: number;
  /** Owner id (0 for contexts the CLI sends). */
  readonly uid?: number;
  /** Group id (0 for contexts the CLI sends). */
  readonly gid?: number;
  /** Content length (0 for directories and symlinks). */
  readonly size: number;
  /** Tar type flag: `0` file, `5` directory, `2` symlink. */
  readonly typeflag: string;
  /** A symlink's target. */
  readonly linkname?: string;
  /** Extended attributes; values are bytes (as in PAX `SCHILY.xattr.*` records) or UTF-8 text. */
  readonly xattrs?: Readonly<Record<string, string | Uint8Array>>;
}

/** The TarSum v1 checksum (hex) of one tar entry. */
export function tarSumV1(header: TarSumHeader, content: Uint8Array = new Uint8Array()): string {
  const h = sha256.create();
  const fields: [string, string][] = [
    ['name', header.name],
    ['mode', String(header.mode)],
    ['uid', String(header.uid ?? 0)],
    ['gid', String(header.gid ?? 0)],
    ['size', String(header.size)],
    ['typeflag', header.typeflag],
    ['linkname', header.linkname ?? ''],
    // uname and gname are hashed empty, for compatibility with Go < 1.10 (moby encodeHeader).
    ['uname', ''],
    ['gname', ''],
    ['devmajor', '0'],
    ['devminor', '0'],
  ];
  for (const [k, v] of fields) h.update(utf8(k + v));
  const xattrs = Object.entries(header.xattrs ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [k, v] of xattrs) {
    h.update(utf8(k));
    h.update(typeof v === 'string' ? utf8(v) : v);
  }
  h.update(content);
  return bytesToHex(h.digest());
}

/** The TarSum of a context entry as the docker CLI tars it (uid/gid 0, `dir/` names). */
export function contextEntrySum(entry: { readonly path: string; readonly kind: 'file' | 'dir' | 'symlink'; readonly target?: string }, mode: number, content?: Uint8Array): string {
  const typeflag = entry.kind === 'dir' ? '5' : entry.kind === 'symlink' ? '2' : '0';
  const name = entry.kind === 'dir' ? `${entry.path}/` : entry.path;
  const size = entry.kind === 'file' ? (content?.length ?? 0) : 0;
  return tarSumV1({ name, mode, size, typeflag, linkname: entry.target ?? '' }, entry.kind === 'file' ? content : undefined);
}

/** moby `hashStringSlice`: `<prefix>:` + sha256 of the strings joined with commas. */
export function hashStringSlice(prefix: string, values: readonly string[]): string {
  return `${prefix}:${bytesToHex(sha256(utf8(values.join(','))))}`;
}
