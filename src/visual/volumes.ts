/**
 * @module
 * Volume nodes of one host (`docker volume ls`): named and anonymous volumes, with how many
 * containers reference them (a referenced volume cannot be removed).
 */
import type { HostState } from '../daemon/state.js';
import { isAnonymous } from '../volume/record.js';
import type { VolumeRecord } from '../volume/record.js';
import { NodeMemo } from './memo.js';
import type { VolumeNode } from './scene.js';

const memo = new NodeMemo<VolumeRecord, VolumeNode>();

/** The node id of a host's volume. */
export function volumeNodeId(host: string, name: string): string {
  return `${host}/volume/${name}`;
}

/** Volume nodes in creation order. */
export function volumeNodes(host: string, state: HostState): VolumeNode[] {
  return [...state.volumes.values()]
    .sort((a, b) => a.internal.seq - b.internal.seq || (a.Name < b.Name ? -1 : 1))
    .map((volume) => memo.get(volume, host, () => ({
      kind: 'volume',
      id: volumeNodeId(host, volume.Name),
      host,
      label: isAnonymous(volume) ? volume.Name.slice(0, 12) : volume.Name,
      name: volume.Name,
      driver: volume.Driver,
      anonymous: isAnonymous(volume),
      refs: volume.internal.refs.length,
    })));
}
