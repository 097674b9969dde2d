/**
 * @module
 * `POST /commit` (`docker commit`): a new image from a container's writable layer over its image
 * (moby `daemon/commit.go`). The container's config with the `--change` instructions applied becomes
 * the image's run-time config; a history entry records `created_by` (the container's Cmd), author
 * and comment; an empty writable layer adds no layer (`empty_layer`). A running container is paused
 * for the commit unless `pause` is false. The guard (dead / being removed) is the lifecycle's.
 */
import type { ImageConfig } from '../image/config.js';
import type { DirectoryNode } from '../fs/node.js';
import type { ContainerConfig } from './config.js';

/** Query of `POST /commit`. */
export interface ContainerCommitOptions {
  /** Repository (`docker.io/library/myimage`) and tag; none: a dangling image. */
  readonly repo?: string;
  readonly tag?: string;
  readonly comment?: string;
  readonly author?: string;
  /** Pause a running container during the commit (default true). */
  readonly pause?: boolean;
  /** Dockerfile instructions (`-c`). */
  readonly changes?: readonly string[];
}

/** `POST /commit` answer. */
export interface ContainerCommitResponse {
  readonly Id: string;
}

/** What the image store needs to make the committed image. */
export interface CommitImageInput {
  /** The container's image (its layers and history come first). */
  readonly parent: string;
  /** ChainIDs of the container's read-only layers (if the image itself is gone). */
  readonly chain: readonly string[];
  /** The writable layer (a diff with whiteouts). */
  readonly layer: DirectoryNode;
  readonly config: ImageConfig;
  readonly created: number;
  readonly createdBy: string;
  readonly author?: string;
  readonly comment?: string;
  /** `repo:tag` to point at the image. */
  readonly reference?: string;
}

/** The image config a committed container gets (the OCI fields of its container config). */
export function imageConfigOf(config: ContainerConfig): ImageConfig {
  const out: { -readonly [K in keyof ImageConfig]: ImageConfig[K] } = {};
  if (config.User) out.User = config.User;
  if (config.ExposedPorts && Object.keys(config.ExposedPorts).length > 0) out.ExposedPorts = config.ExposedPorts as ImageConfig['ExposedPorts'];
  if (config.Env) out.Env = config.Env;
  if (config.Entrypoint) out.Entrypoint = config.Entrypoint;
  if (config.Cmd) out.Cmd = config.Cmd;
  if (config.Volumes && Object.keys(config.Volumes).length > 0) out.Volumes = config.Volumes as ImageConfig['Volumes'];
  if (config.WorkingDir) out.WorkingDir = config.WorkingDir;
  if (Object.keys(config.Labels).length > 0) out.Labels = config.Labels;
  if (config.StopSignal) out.StopSignal = config.StopSignal;
  if (config.Healthcheck) out.Healthcheck = config.Healthcheck;
  if (config.OnBuild && config.OnBuild.length > 0) out.OnBuild = config.OnBuild;
  if (config.Shell && config.Shell.length > 0) out.Shell = config.Shell;
  if (config.ArgsEscaped) out.ArgsEscaped = config.ArgsEscaped;
  return out;
}

/** The `repo:tag` reference of a commit, if it names one (`latest` when only a repo is given). */
export function commitReference(options: ContainerCommitOptions): string | undefined {
  if (!options.repo) return undefined;
  return `${options.repo}:${options.tag || 'latest'}`;
}
