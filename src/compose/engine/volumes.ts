/**
 * @module
 * A project's named volumes (docker/compose `ensureVolume`, `removeVolume`): `up` creates each
 * declared non-external volume with Compose's labels (` Volume "app_data"  Created`), reuses an
 * existing one (warning when Compose did not create it), and fails for a missing external volume;
 * `down -v` removes them, leaving one still in use with a warning.
 */
import { isDockerError } from '../../core/errors.js';
import { externalVolumeNotFound } from '../../core/messages/compose.js';
import { LABELS, volumeLabels } from '../labels.js';
import type { ComposeProject, VolumeConfig } from '../model/project.js';
import { progressEvent, type ProgressWriter } from './progress.js';
import type { ComposeSession } from './session.js';

async function ensureVolume(session: ComposeSession, project: ComposeProject, key: string, volume: VolumeConfig, w: ProgressWriter): Promise<string> {
  let labels: Readonly<Record<string, string>>;
  try {
    labels = (await session.client.volumeInspect(volume.name)).Labels ?? {};
  } catch (e) {
    if (!isDockerError(e, 'NotFound')) throw e;
    if (volume.external) throw externalVolumeNotFound(volume.name);
    const id = `Volume "${volume.name}"`;
    w.event(progressEvent(id, 'working', 'Creating'));
    try {
      await session.client.volumeCreate({ Name: volume.name, Labels: volumeLabels(project.name, key, volume), ...(volume.driver ? { Driver: volume.driver } : {}), ...(volume.driver_opts ? { DriverOpts: { ...volume.driver_opts } } : {}) });
    } catch (err) {
      w.event(progressEvent(id, 'error', 'Error'));
      throw err;
    }
    w.event(progressEvent(id, 'done', 'Created'));
    return volume.name;
  }
  if (volume.external) return volume.name;
  const owner = labels[LABELS.project];
  if (owner === undefined) session.warn(`volume "${volume.name}" already exists but was not created by Docker Compose. Use \`external: true\` to use an existing volume`);
  else if (owner !== project.name) session.warn(`volume "${volume.name}" already exists but was created for project "${owner}" (expected "${project.name}"). Use \`external: true\` to use an existing volume`);
  return volume.name;
}

/** Every declared volume, by key → Docker name. */
export async function ensureVolumes(session: ComposeSession, project: ComposeProject, w: ProgressWriter): Promise<Record<string, string>> {
  const names: Record<string, string> = {};
  for (const key of Object.keys(project.volumes).sort()) names[key] = await ensureVolume(session, project, key, project.volumes[key]!, w);
  return names;
}

/** Removes one volume as `down -v` does; true when it existed. */
export async function removeVolume(session: ComposeSession, name: string, w: ProgressWriter): Promise<boolean> {
  try {
    await session.client.volumeInspect(name);
  } catch (e) {
    if (isDockerError(e, 'NotFound')) return false;
    throw e;
  }
  const id = `Volume ${name}`;
  w.event(progressEvent(id, 'working', 'Removing'));
  try {
    await session.client.volumeDelete(name, { force: true });
  } catch (e) {
    if (isDockerError(e, 'Conflict')) {
      w.event(progressEvent(id, 'warning', 'Resource is still in use'));
      return true;
    }
    if (!isDockerError(e, 'NotFound')) throw e;
  }
  w.event(progressEvent(id, 'done', 'Removed'));
  return true;
}
