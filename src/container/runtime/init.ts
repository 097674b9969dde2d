/**
 * @module
 * `docker run --init` (HostConfig.Init): the daemon bind-mounts its `docker-init` (tini) at
 * /sbin/docker-init, read-only, and runs it as PID 1 with the container's command after `--`, so
 * PID 1 forwards signals and reaps while the command runs as its child.
 */
import { fileNode } from '../../fs/node.js';
import type { Mount } from '../../fs/tree-source.js';
import { PROGRAM_MARKER } from '../../programs/types.js';
import type { ContainerRecord } from '../record.js';

/** Where the daemon mounts its init. */
export const INIT_PATH = '/sbin/docker-init';

const INIT_BINARY = fileNode(`${PROGRAM_MARKER}docker-init\n# tini version 0.19.0 - git.de40ad0\n`, { mode: 0o755 });

/** The init mount of a container started with `--init` (none otherwise). */
export function initMounts(record: ContainerRecord): Mount[] {
  return record.HostConfig.Init ? [{ target: INIT_PATH, source: { read: () => INIT_BINARY }, readOnly: true }] : [];
}

/** PID 1's argv: the command itself, or behind `docker-init --` with `--init`. */
export function initArgv(record: ContainerRecord): string[] {
  const argv = [record.Path, ...record.Args];
  return record.HostConfig.Init ? [INIT_PATH, '--', ...argv] : argv;
}
