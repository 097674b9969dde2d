/**
 * @module
 * `docker volume rm` (`DELETE /volumes/{name}`): a volume referenced by any container, running or
 * stopped, is in use (`remove <name>: volume is in use - [<ids>]`), even with `force`; `force`
 * only makes a missing volume a success.
 */
import { noSuchVolume, volumeInUse } from '../core/messages/volume.js';
import type { VolumeRecord } from './record.js';
import type { VolumeSlice } from './state.js';

/** The volume called `name`; throws `get <name>: no such volume` (404). */
export function getVolume(slice: Pick<VolumeSlice, 'volumes'>, name: string): VolumeRecord {
  const record = slice.volumes.get(name);
  if (!record) throw noSuchVolume(name);
  return record;
}

/** The slice without the volume; `undefined` removed when `force` finds nothing to remove. */
export function removeVolume(slice: VolumeSlice, name: string, force = false): { readonly slice: VolumeSlice; readonly removed?: VolumeRecord } {
  const record = slice.volumes.get(name);
  if (!record) {
    if (force) return { slice };
    throw noSuchVolume(name);
  }
  if (record.internal.refs.length > 0) throw volumeInUse(name, record.internal.refs);
  return { slice: { ...slice, volumes: slice.volumes.delete(name) }, removed: record };
}
