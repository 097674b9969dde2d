/**
 * @module
 * The daemon's side of `docker import`: the `changes` are Dockerfile instructions applied to an
 * empty container config (the container layer's `applyCommitChanges`, as moby runs
 * `dockerfile.BuildFromConfig`), the tarball is read as a layer, and the image service stores it.
 */
import { gunzipSync } from 'fflate';
import { applyCommitChanges } from '../container/commit-changes.js';
import { imageConfigOf } from '../container/commit.js';
import type { ContainerConfig } from '../container/config.js';
import { DockerError } from '../core/errors.js';
import { isGzip, tarToTree } from '../fs/tar-read.js';
import { repoTagReference } from '../image/tag.js';
import type { ImageService } from '../image/service.js';
import { importImage } from '../image/import.js';
import type { HostContext } from './context.js';

/** Options of an import (`POST /images/create?fromSrc=-&repo=&tag=&message=&changes=&platform=`). */
export interface ImageImportOptions {
  readonly repo?: string;
  readonly tag?: string;
  /** The commit message; default `Imported from -`. */
  readonly message?: string;
  /** Dockerfile instructions (`-c`). */
  readonly changes?: readonly string[];
  /** `os/arch[/variant]`; default `linux/amd64`. */
  readonly platform?: string;
}

const EMPTY: ContainerConfig = {
  Hostname: '', Domainname: '', User: '', AttachStdin: false, AttachStdout: false, AttachStderr: false, Tty: false, OpenStdin: false,
  StdinOnce: false, Env: null, Cmd: null, Image: '', Volumes: null, WorkingDir: '', Entrypoint: null, OnBuild: null, Labels: {},
};

/** Imports `tar` (plain or gzip) as a one-layer image; resolves with its id. */
export async function importTarball(ctx: HostContext, images: ImageService, tar: Uint8Array, options: ImageImportOptions = {}): Promise<string> {
  const reference = options.repo ? repoTagReference(options.repo, options.tag) : undefined;
  const [os = 'linux', architecture = 'amd64', variant] = (options.platform || 'linux/amd64').split('/');
  if (os !== 'linux') throw new DockerError('InvalidParameter', `operating system is not supported: ${os}`);
  const config = applyCommitChanges(EMPTY, options.changes ?? []);
  if (config instanceof DockerError) throw config;
  const plain = isGzip(tar) ? gunzipSync(tar) : tar;
  let tree;
  try {
    tree = await tarToTree(plain, { layer: true });
  } catch (error) {
    throw new DockerError('Internal', error instanceof Error ? error.message : String(error));
  }
  const comment = options.message || 'Imported from -';
  return images.apply(importImage(images.store, { tar: plain, tree, config: imageConfigOf(config), comment, platform: { os, architecture, ...(variant ? { variant } : {}) }, created: ctx.now(), ...(reference ? { reference } : {}) }));
}
