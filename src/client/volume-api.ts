/**
 * @module
 * The volume part of {@link DockerClient}: the Engine API's `/volumes` operations, named after
 * their operationIds (`VolumeCreate` → `volumeCreate`), with the Engine API's wire shapes.
 */
import type { FilterArgs } from '../network/filter-args.js';
import type { VolumeCreateRequest } from '../volume/create.js';
import type { VolumeListResponse } from '../volume/list.js';
import type { VolumePruneResponse } from '../volume/prune.js';
import type { Volume } from '../volume/record.js';

/** Volume operations of the Engine API. */
export interface VolumeApi {
  /** `GET /volumes` (`filters`: dangling, name, driver, label). */
  volumeList(options?: { readonly filters?: FilterArgs }): Promise<VolumeListResponse>;
  /** `POST /volumes/create` (no name: an anonymous volume with a 64-hex name). */
  volumeCreate(request?: VolumeCreateRequest): Promise<Volume>;
  /** `GET /volumes/{name}`. */
  volumeInspect(name: string): Promise<Volume>;
  /** `DELETE /volumes/{name}` (`force`: no error when missing; in-use volumes still refuse). */
  volumeDelete(name: string, options?: { readonly force?: boolean }): Promise<void>;
  /** `POST /volumes/prune` (anonymous volumes only unless `filters.all = ['true']`). */
  volumePrune(options?: { readonly filters?: FilterArgs }): Promise<VolumePruneResponse>;
}
