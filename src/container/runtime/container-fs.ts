/**
 * @module
 * The filesystem verbs of a container, over its overlay (writable layer + image layers):
 * `docker diff` (A/C/D), `docker cp` both ways (events `archive-path`, `extract-to-dir`),
 * `docker export` (the merged root as a tar; event `export`) and `docker commit` (a new image from
 * the writable layer, pausing a running container meanwhile; event `commit`).
 */
import { DockerError } from '../../core/errors.js';
import type { FilesystemChange } from '../../fs/changes.js';
import { treeToTar } from '../../fs/tar-write.js';
import { archivePath, extractArchive, statPath, type ContainerArchive, type ContainerPathStat, type PutArchiveOptions } from '../archive.js';
import { applyCommitChanges } from '../commit-changes.js';
import { commitReference, imageConfigOf, type ContainerCommitOptions, type ContainerCommitResponse } from '../commit.js';
import { transition } from '../lifecycle.js';
import { mergeImageConfig } from '../merge.js';
import type { ContainerRecord } from '../record.js';
import { eventAttributes, type ContainerRuntime } from './runtime.js';

/** `GET /containers/{id}/changes`. */
export function containerChanges(runtime: ContainerRuntime, record: ContainerRecord): FilesystemChange[] {
  const written = runtime.ctx.state.containerLayers.get(record.Id);
  return written ? runtime.filesystems.open(record).changes() : [];
}

/** `HEAD /containers/{id}/archive`. */
export function containerStatPath(runtime: ContainerRuntime, record: ContainerRecord, path: string, name: string): ContainerPathStat {
  return statPath(runtime.filesystems.open(record), path, name);
}

/** `GET /containers/{id}/archive`. */
export function containerArchive(runtime: ContainerRuntime, record: ContainerRecord, path: string, name: string): ContainerArchive {
  const archive = archivePath(runtime.filesystems.open(record), path, name);
  runtime.ctx.commit(() => {}, [{ Type: 'container', Action: 'archive-path', id: record.Id, attributes: eventAttributes(record, { path }) }]);
  return archive;
}

/** `PUT /containers/{id}/archive`. */
export async function containerExtract(runtime: ContainerRuntime, record: ContainerRecord, path: string, name: string, tar: Uint8Array, options: PutArchiveOptions): Promise<void> {
  await extractArchive(runtime.filesystems.open(record), path, name, tar, options);
  runtime.ctx.commit(() => {}, [{ Type: 'container', Action: 'extract-to-dir', id: record.Id, attributes: eventAttributes(record, { path }) }]);
}

/** `GET /containers/{id}/export`. */
export function containerExport(runtime: ContainerRuntime, record: ContainerRecord): Uint8Array {
  const tar = treeToTar(runtime.filesystems.open(record).exportTree());
  runtime.ctx.commit(() => {}, [{ Type: 'container', Action: 'export', id: record.Id, attributes: eventAttributes(record) }]);
  return tar;
}

/** `POST /commit`. */
export function commitContainer(runtime: ContainerRuntime, record: ContainerRecord, options: ContainerCommitOptions): ContainerCommitResponse {
  const guard = transition(record, { type: 'commit' }, runtime.ctx.now());
  if (guard instanceof DockerError) throw guard;
  const changed = applyCommitChanges(record.Config, options.changes ?? []);
  if (changed instanceof DockerError) throw changed;
  const images = runtime.hooks.images;
  if (!images?.commit) throw new DockerError('NotImplemented', 'this daemon has no image store to commit into');
  const config = imageConfigOf(mergeImageConfig(changed, imageConfigOf(record.Config)));
  const pause = (options.pause ?? true) && record.State.Status === 'running';
  if (pause) runtime.apply(record, { type: 'pause' });
  try {
    const reference = commitReference(options);
    const id = images.commit({
      parent: record.Image,
      chain: record.internal.layerChain ?? [],
      layer: runtime.filesystems.upper(record),
      config,
      created: runtime.ctx.now(),
      createdBy: (record.Config.Cmd ?? []).join(' '),
      ...(options.author ? { author: options.author } : {}),
      ...(options.comment ? { comment: options.comment } : {}),
      ...(reference ? { reference } : {}),
    });
    const current = runtime.record(record.Id) ?? record;
    runtime.ctx.commit(() => {}, [{ Type: 'container', Action: 'commit', id: record.Id, attributes: eventAttributes(current, { comment: options.comment ?? '', imageID: id, imageRef: reference ?? '' }) }]);
    return { Id: id };
  } finally {
    const paused = runtime.record(record.Id);
    if (pause && paused?.State.Status === 'paused') runtime.apply(paused, { type: 'unpause' });
  }
}
