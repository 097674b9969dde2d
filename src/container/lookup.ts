/**
 * @module
 * Finding a container the way the daemon does (moby `daemon.GetContainer`): exact full id, then
 * exact name (with or without its `/`), then a unique id prefix. Names are never prefix-matched.
 */
import { DockerError } from '../core/errors.js';
import { ambiguousContainerPrefix, invalidContainerIdentifier, noSuchContainer } from '../core/messages/containers.js';
import type { ContainerRecord } from './record.js';
import type { ContainerSlice } from './slice.js';

/** The container `ref` names, or Docker's error (400 empty / ambiguous prefix, 404 none). */
export function findContainer(slice: ContainerSlice, ref: string): ContainerRecord | DockerError {
  if (ref === '') return invalidContainerIdentifier(ref);
  const byId = slice.containers.get(ref);
  if (byId) return byId;
  const nameId = slice.containerNames.get(ref.startsWith('/') ? ref : `/${ref}`);
  if (nameId !== undefined) {
    const byName = slice.containers.get(nameId);
    if (byName) return byName;
  }
  let found: ContainerRecord | undefined;
  for (const record of slice.containers.values()) {
    if (!record.Id.startsWith(ref)) continue;
    if (found) return ambiguousContainerPrefix(ref);
    found = record;
  }
  return found ?? noSuchContainer(ref);
}

/** Like {@link findContainer}, throwing the error (for service code). */
export function getContainer(slice: ContainerSlice, ref: string): ContainerRecord {
  const found = findContainer(slice, ref);
  if (found instanceof DockerError) throw found;
  return found;
}
