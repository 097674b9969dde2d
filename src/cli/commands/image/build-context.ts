/**
 * @module
 * The build context as `docker build` prepares it on the client (docker/cli `image/build/context.go`):
 * a local directory (its Dockerfile found by `-f`, relative to the working directory, or
 * `Dockerfile` / `dockerfile` in the context), a tar or a lone Dockerfile on stdin (`-`), or a
 * Dockerfile on stdin (`-f -`) added to the directory under a generated name. The directory is
 * sent minus what its `.dockerignore` excludes; the size reported is that of the tar sent.
 */
import type { BuildContextInput } from '../../../build/classic/context-input.js';
import { contextToSend } from '../../../build/classic/context.js';
import { sha256Hex } from '../../../core/digest.js';
import { isDockerError } from '../../../core/errors.js';
import { directoryNode, fileNode, isDirectory, type DirectoryNode } from '../../../fs/node.js';
import { isGzip } from '../../../fs/tar-read.js';
import { treeToTar } from '../../../fs/tar-write.js';
import { getNode, putNode } from '../../../fs/tree.js';
import { goPathError, hostOf, hostPath } from '../../host-files.js';
import { hostTree } from '../../host-tree.js';
import type { DockerCli } from '../../invocation.js';

/** A prepared context: what to send, the Dockerfile's path in it, and the tar's size. */
export interface PreparedContext {
  readonly input: BuildContextInput;
  readonly dockerfile: string;
  /** Bytes of the context tar (`Sending build context to Docker daemon  …`). */
  readonly size: number;
}

const isTar = (bytes: Uint8Array) => isGzip(bytes) || new TextDecoder().decode(bytes.subarray(257, 262)) === 'ustar';

/** `path` relative to `base` (both absolute, cleaned), as Go's `filepath.Rel`. */
function relative(base: string, path: string): string {
  const from = base.split('/').filter(Boolean);
  const to = path.split('/').filter(Boolean);
  let i = 0;
  while (i < from.length && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => '..'), ...to.slice(i)].join('/') || '.';
}

/** The context from stdin: a tar as it is, or a Dockerfile alone (`GetContextFromReader`). */
async function stdinContext(cli: DockerCli, dockerfile: string): Promise<PreparedContext> {
  const bytes = await cli.in.readAll();
  if (isTar(bytes)) return { input: { tar: bytes }, dockerfile: dockerfile || 'Dockerfile', size: bytes.length };
  const tree = putNode(directoryNode(), ['Dockerfile'], fileNode(bytes, { mode: 0o600 })) as DirectoryNode;
  return { input: { tree }, dockerfile: 'Dockerfile', size: treeToTar(tree).length };
}

/** `GetContextFromLocalDir` and `getDockerfileRelPath`. */
function localDockerfile(cli: DockerCli, contextDir: string, file: string): string {
  const fs = hostOf(cli).fs;
  let abs: string;
  if (file === '') {
    abs = `${contextDir}/Dockerfile`;
    if (!fs.exists(abs) && fs.exists(`${contextDir}/dockerfile`)) abs = `${contextDir}/dockerfile`;
  } else abs = hostPath(hostOf(cli), file);
  try {
    abs = fs.realpath(abs);
  } catch (error) {
    throw new Error(`unable to prepare context: unable to evaluate symlinks in Dockerfile path: ${goPathError('lstat', abs, error).message}`);
  }
  return relative(contextDir, abs);
}

/** Prepares the context of `docker build PATH|-` with `-f` (`''` when not given). */
export async function prepareContext(cli: DockerCli, spec: string, file: string): Promise<PreparedContext> {
  if (file === '-' && spec === '-') throw new Error("invalid argument: can't use stdin for both build context and dockerfile");
  if (spec === '-') return stdinContext(cli, file);
  const host = hostOf(cli);
  const given = hostPath(host, spec);
  if (!host.fs.exists(given)) throw new Error(`unable to prepare context: path ${JSON.stringify(spec)} not found`);
  let contextDir: string;
  try {
    contextDir = host.fs.realpath(given);
  } catch (error) {
    throw new Error(`unable to prepare context: unable to evaluate symlinks in context path: ${goPathError('lstat', given, error).message}`);
  }
  if (host.fs.stat(contextDir).kind !== 'directory') throw new Error(`unable to prepare context: context must be a directory: ${contextDir}`);
  const fromStdin = file === '-';
  let dockerfile = fromStdin ? '' : localDockerfile(cli, contextDir, file);
  let tree = hostTree(host.fs, contextDir) as DirectoryNode;
  if (!fromStdin && dockerfile.startsWith('../')) {
    // A Dockerfile outside the context is sent inside it, as `-f -` is.
    const outside = host.fs.readFile(hostPath(host, file));
    ({ tree, dockerfile } = withDockerfile(tree, outside));
  } else if (fromStdin) ({ tree, dockerfile } = withDockerfile(tree, await cli.in.readAll()));
  let sent: DirectoryNode;
  try {
    sent = contextToSend(tree, dockerfile);
  } catch (error) {
    if (isDockerError(error)) throw new Error(`error ${error.message}`);
    throw error;
  }
  return { input: { tree: sent }, dockerfile, size: treeToTar(sent).length };
}

/**
 * `AddDockerfileToBuildContext`: the Dockerfile under `.dockerfile.<hex>` (docker picks random
 * hex; here it is derived from the content, so runs repeat), excluded in `.dockerignore` so
 * COPY cannot see it.
 */
function withDockerfile(tree: DirectoryNode, content: Uint8Array): { tree: DirectoryNode; dockerfile: string } {
  const name = `.dockerfile.${sha256Hex(content).slice(0, 20)}`;
  const ignore = getNode(tree, ['.dockerignore']);
  const previous = ignore && !isDirectory(ignore) && ignore.kind === 'file' ? new TextDecoder().decode(ignore.data) : '';
  let out = putNode(tree, [name], fileNode(content, { mode: 0o600 })) as DirectoryNode;
  out = putNode(out, ['.dockerignore'], fileNode(`${previous}${previous === '' || previous.endsWith('\n') ? '' : '\n'}${name}\n`, { mode: 0o600 })) as DirectoryNode;
  return { tree: out, dockerfile: name };
}
