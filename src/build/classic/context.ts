/**
 * @module
 * The build context on both sides of `POST /build` (docker/cli `image/build`, moby
 * `builder/remotecontext`): the CLI sends the context directory minus what `.dockerignore`
 * excludes ({@link contextToSend}); the daemon reads what arrived, locates the Dockerfile
 * (`Dockerfile`, else `dockerfile`), drops the Dockerfile and `.dockerignore` when they are
 * excluded, and checksums every entry (TarSum, mtime excluded) for COPY/ADD cache keys
 * ({@link openContext}).
 */
import { cannotLocateDockerfile } from '../../core/messages/index.js';
import { directoryNode, isDirectory, metaOf, type DirectoryNode, type FileNode, type FsNode, type TreeNode } from '../../fs/node.js';
import { getNode, putNode, walkTree } from '../../fs/tree.js';
import { readDockerignore } from '../context/dockerignore.js';
import type { ContextEntry } from '../context/listing.js';
import { filterContext, removeIgnoredBuildFiles, trimBuildFilesFromExcludes } from '../context/send.js';
import { indexSources, type SourceIndex } from '../context/sources.js';
import { contextEntrySum } from '../context/tarsum.js';

/** The Dockerfile name the daemon uses when none is given. */
export const DEFAULT_DOCKERFILE = 'Dockerfile';

/** A context as the daemon holds it during a build. */
export interface BuildContext {
  /** The files received. */
  readonly tree: DirectoryNode;
  /** COPY/ADD sources: the entries with their TarSums (Dockerfile/.dockerignore removed when ignored). */
  readonly index: SourceIndex;
}

/** The Dockerfile found in a context, and the context prepared for COPY/ADD. */
export interface OpenedContext {
  /** The Dockerfile's path in the context, as found (`Dockerfile`, `dockerfile`, `build/Dockerfile`). */
  readonly dockerfileName: string;
  /** Its bytes. */
  readonly dockerfile: Uint8Array;
  /** The context. */
  readonly context: BuildContext;
}

const cleanName = (name: string): string => name.split('/').filter((p) => p !== '' && p !== '.').join('/');
const textOf = (node: FileNode): string => new TextDecoder().decode(node.data);

// TarSums of unchanged nodes are reused between builds: a node's sum depends on its path too.
const sums = new WeakMap<FsNode, Map<string, string>>();

function sumOf(path: string, kind: ContextEntry['kind'], node: FsNode): string {
  let byPath = sums.get(node);
  if (!byPath) sums.set(node, (byPath = new Map()));
  let sum = byPath.get(path);
  if (sum === undefined) {
    const target = node.kind === 'symlink' ? node.target : undefined;
    sum = contextEntrySum({ path, kind, ...(target !== undefined ? { target } : {}) }, node.mode, node.kind === 'file' ? node.data : undefined);
    byPath.set(path, sum);
  }
  return sum;
}

/** Every entry of a tree as a context listing (walk order), with TarSums when `withSums`. */
export function listTree(tree: DirectoryNode, withSums: boolean): ContextEntry[] {
  const out: ContextEntry[] = [];
  walkTree(tree, (abs, node) => {
    if (node.kind === 'whiteout') return false;
    const path = abs.slice(1);
    const kind = node.kind === 'directory' ? 'dir' : node.kind;
    const target = node.kind === 'symlink' ? { target: node.target } : {};
    out.push({ path, kind, ...target, ...(withSums ? { sum: sumOf(path, kind, node) } : {}) });
    return undefined;
  });
  return out;
}

/** The regular file at `path` of a tree, if any (symlinks not followed). */
export function fileAt(tree: DirectoryNode, path: string): FileNode | undefined {
  const node = getNode(tree, cleanName(path));
  return node?.kind === 'file' ? node : undefined;
}

/**
 * What the docker CLI sends for a context directory: everything but what its `.dockerignore`
 * excludes (the Dockerfile and `.dockerignore` are always sent). Throws `checking context: …`
 * for a malformed pattern.
 */
export function contextToSend(tree: DirectoryNode, dockerfile: string = DEFAULT_DOCKERFILE): DirectoryNode {
  const ignore = fileAt(tree, '.dockerignore');
  if (!ignore) return tree;
  const excludes = trimBuildFilesFromExcludes(readDockerignore(textOf(ignore)), cleanName(dockerfile));
  const sent = filterContext(listTree(tree, false), excludes);
  let out = directoryNode(metaOf(tree));
  for (const entry of sent) {
    const node = getNode(tree, entry.path) as TreeNode;
    out = putNode(out, entry.path, isDirectory(node) ? directoryNode(metaOf(node)) : node);
  }
  return out;
}

/**
 * The daemon's side: finds the Dockerfile (`Cannot locate specified Dockerfile: …`), removes the
 * Dockerfile and `.dockerignore` from the sources when the context's `.dockerignore` excludes
 * them, and checksums the rest.
 */
export function openContext(tree: DirectoryNode, dockerfile: string = DEFAULT_DOCKERFILE): OpenedContext {
  // Trees are immutable: a context received again (the same host directory) is opened once.
  let byName = opened.get(tree);
  if (!byName) opened.set(tree, (byName = new Map()));
  let result = byName.get(dockerfile);
  if (!result) byName.set(dockerfile, (result = open(tree, dockerfile)));
  return result;
}

const opened = new WeakMap<DirectoryNode, Map<string, OpenedContext>>();

function open(tree: DirectoryNode, dockerfile: string): OpenedContext {
  let name = cleanName(dockerfile);
  let file = fileAt(tree, name);
  // moby tries the lower-case name when the default one is missing.
  if (!file && dockerfile === DEFAULT_DOCKERFILE) file = fileAt(tree, (name = 'dockerfile'));
  if (!file) throw cannotLocateDockerfile(name);
  let listing = listTree(tree, true);
  const ignore = fileAt(tree, '.dockerignore');
  if (ignore) listing = removeIgnoredBuildFiles(listing, readDockerignore(textOf(ignore)), name);
  return { dockerfileName: name, dockerfile: file.data, context: { tree, index: indexSources(listing) } };
}
