/**
 * @module
 * What a caller hands the builder as its build context, and the file tree it becomes: a record of
 * files (`path → content`, or content with mode and mtime, a directory, a symlink), the bytes of
 * a tar archive (what `POST /build` receives, plain or gzip), or a directory tree of a simulated
 * host filesystem. See https://docs.docker.com/build/concepts/context/.
 */
import { invalidArgument } from '../../core/messages/index.js';
import { entriesToTree, readTarSync, TarFormatError } from '../../fs/tar-read.js';
import type { DirectoryNode } from '../../fs/node.js';
import { buildTree, type SpecEntry } from '../../fs/tree.js';

/** One file of a record context: its text or bytes, or a described node. */
export type ContextFileSpec = SpecEntry;

/** A build context as the caller gives it. */
export type BuildContextInput =
  /** Files by path relative to the context root (`{ 'Dockerfile': 'FROM alpine\n', 'src/a.js': … }`). */
  | { readonly files: { readonly [path: string]: ContextFileSpec } }
  /** A tar archive of the context (plain or gzip), as the CLI sends it. */
  | { readonly tar: Uint8Array }
  /** A directory of a simulated filesystem (its tree). */
  | { readonly tree: DirectoryNode };

/** The mtime given to record-context files that name none (so their tar and sums are stable). */
export const CONTEXT_EPOCH = Date.UTC(2024, 0, 1);

/** The context as a file tree (the root is the context directory). Throws Docker's error for a bad tar. */
export function contextTree(input: BuildContextInput): DirectoryNode {
  if ('tree' in input) return input.tree;
  if ('files' in input) return buildTree(input.files, { mtime: CONTEXT_EPOCH });
  try {
    return entriesToTree(readTarSync(input.tar));
  } catch (e) {
    // moby's context detection reads the body as a tar; a malformed one fails the request.
    if (e instanceof TarFormatError) throw invalidArgument(`failed to read build context: ${e.message}`);
    throw e;
  }
}
