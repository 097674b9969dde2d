/**
 * @module
 * `docker container cp` / `docker cp` (docker CLI 28.2): its grammar, and the handler copying
 * between a container and the host's files (the simulated host given to the CLI) with docker's
 * rules — into an existing directory, over a file, or under a new name — and `-` for a tar
 * stream on stdin or stdout. `Successfully copied …` on stderr when stdout is a terminal.
 */
import { exactArgs } from '../../grammar/args.js';
import { flag } from '../../grammar/flag.js';
import type { DockerCommand, Invocation } from '../../invocation.js';
import { GO_MODE_DIR, GO_MODE_SYMLINK } from '../../../container/archive.js';
import { humanSizeWithPrecision } from '../../format/units.js';
import { goPathError, hostOf, hostPath } from '../../host-files.js';
import type { DockerCli } from '../../invocation.js';
import { assertsDirectory, splitPathDirEntry, tarHostPath, untarIntoHost } from './cp-local.js';

/** docker/cli `splitCpArg`: `CONTAINER:PATH`, unless the argument is a local path (`/…`, `./…`). */
function splitCpArg(arg: string): { readonly container: string; readonly path: string } {
  if (arg.startsWith('/')) return { container: '', path: arg };
  const colon = arg.indexOf(':');
  if (colon < 0 || arg.slice(0, colon).startsWith('.')) return { container: '', path: arg };
  return { container: arg.slice(0, colon), path: arg.slice(colon + 1) };
}

/** A local path made absolute, its trailing `/` or `/.` kept (`PreserveTrailingDotOrSeparator`). */
function localPath(cli: DockerCli, path: string): string {
  const abs = hostPath(hostOf(cli), path);
  if (/(^|\/)\.$/.test(path)) return `${abs === '/' ? '' : abs}/.`;
  return path.endsWith('/') && abs !== '/' ? `${abs}/` : abs;
}

const isDir = (mode: number) => mode >= GO_MODE_DIR;
const isSymlink = (mode: number) => (mode % GO_MODE_DIR) >= GO_MODE_SYMLINK;

/** `CONTAINER:SRC` → local `DEST` (or `-`: the tar on stdout). */
async function fromContainer(cli: DockerCli, container: string, src: string, dest: string, quiet: boolean): Promise<void> {
  const dst = dest === '-' ? '-' : localPath(cli, dest);
  const { tar, stat } = await cli.client.containerArchive(container, src);
  if (dst === '-') {
    cli.out.write(tar);
    return;
  }
  const fs = hostOf(cli).fs;
  // archive.CopyInfoDestinationPath: the destination may be missing, but not its parent.
  const clean = dst.replace(/\/\.?$/, '') || '/';
  const { dir, base } = splitPathDirEntry(dst);
  let exists = false;
  let destIsDir = false;
  if (fs.exists(clean)) {
    exists = true;
    destIsDir = fs.stat(clean).kind === 'directory';
  } else {
    try {
      if (fs.stat(dir).kind !== 'directory') throw new Error('not a directory');
    } catch (error) {
      throw error instanceof Error && error.message === 'not a directory' ? error : goPathError('stat', dir, error);
    }
  }
  const srcBase = splitPathDirEntry(src).base;
  const srcIsDir = isDir(stat.mode);
  if (exists && destIsDir) untarIntoHost(fs, clean, tar);
  else if (exists && srcIsDir) throw new Error('cannot copy directory');
  else if (!exists && !srcIsDir && assertsDirectory(dst)) throw new Error('no such directory');
  else untarIntoHost(fs, dir, tar, { from: srcBase, to: base });
  if (!quiet) cli.err.write(`Successfully copied ${humanSizeWithPrecision(tar.length, 3)} to ${dst}\n`);
}

/** Local `SRC` (or `-`: a tar on stdin) → `CONTAINER:DEST`. */
async function toContainer(cli: DockerCli, container: string, source: string, dest: string, options: { readonly quiet: boolean; readonly copyUIDGID: boolean }): Promise<void> {
  let destPath = dest;
  let stat;
  try {
    stat = await cli.client.containerArchiveInfo(container, destPath);
    if (isSymlink(stat.mode)) {
      const target = stat.linkTarget.startsWith('/') ? stat.linkTarget : `${splitPathDirEntry(destPath).dir}/${stat.linkTarget}`;
      destPath = target;
      stat = await cli.client.containerArchiveInfo(container, target).catch(() => undefined);
    }
  } catch {
    stat = undefined;
  }
  const exists = stat !== undefined;
  const destIsDir = exists && isDir(stat!.mode);
  let tar: Uint8Array;
  let extractTo: string;
  if (source === '-') {
    if (!destIsDir) throw new Error(`destination "${container}:${dest}" must be a directory`);
    tar = await cli.in.readAll();
    extractTo = destPath;
  } else {
    const src = localPath(cli, source);
    const fs = hostOf(cli).fs;
    const clean = src.replace(/\/\.?$/, '') || '/';
    let srcIsDir: boolean;
    try {
      srcIsDir = fs.lstat(clean).kind === 'directory';
    } catch (error) {
      throw goPathError('lstat', clean, error);
    }
    const { dir: dstDir, base: dstBase } = splitPathDirEntry(destPath);
    if (exists && destIsDir) {
      tar = tarHostPath(fs, src);
      extractTo = destPath;
    } else if (exists && srcIsDir) throw new Error('cannot copy directory');
    else if (!exists && !srcIsDir && assertsDirectory(destPath)) throw new Error('no such directory');
    else {
      tar = tarHostPath(fs, src, dstBase);
      extractTo = dstDir;
    }
  }
  await cli.client.putContainerArchive(container, extractTo, tar, { noOverwriteDirNonDir: true, copyUIDGID: options.copyUIDGID });
  if (!options.quiet) cli.err.write(`Successfully copied ${humanSizeWithPrecision(tar.length, 3)} to ${container}:${destPath}\n`);
}

/** `docker cp`: one side in a container, the other on the host (or `-` for a tar stream). */
async function runCp({ cli, args, flags }: Invocation): Promise<void> {
  if (args[0] === '') throw new Error('source can not be empty');
  if (args[1] === '') throw new Error('destination can not be empty');
  const quiet = flags.changed('quiet') ? flags.bool('quiet') : !cli.out.isTTY;
  const from = splitCpArg(args[0]!);
  const to = splitCpArg(args[1]!);
  if (from.container !== '' && to.container !== '') throw new Error('copying between containers is not supported');
  if (from.container !== '') return fromContainer(cli, from.container, from.path, to.path, quiet);
  if (to.container !== '') return toContainer(cli, to.container, from.path, to.path, { quiet, copyUIDGID: flags.bool('archive') });
  throw new Error('must specify at least one container source');
}

/** `docker container cp`: Copy files/folders between a container and the local filesystem */
export const cpCommand: DockerCommand = {
  use: 'cp [OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-\n\tdocker cp [OPTIONS] SRC_PATH|- CONTAINER:DEST_PATH',
  short: 'Copy files/folders between a container and the local filesystem',
  long: 'Copy files/folders between a container and the local filesystem\n\nUse \'-\' as the source to read a tar archive from stdin\nand extract it to a directory destination in a container.\nUse \'-\' as the destination to stream a tar archive of a\ncontainer source to stdout.',
  aliasesText: 'docker container cp, docker cp',
  args: exactArgs(2),
  flags: [
    flag.bool('archive', 'a', 'Archive mode (copy all uid/gid information)'),
    flag.bool('follow-link', 'L', 'Always follow symbol link in SRC_PATH'),
    flag.bool('quiet', 'q', 'Suppress progress output during copy. Progress output is automatically suppressed if no terminal is attached'),
  ],
  run: runCp,
};
