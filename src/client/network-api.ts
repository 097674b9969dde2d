/**
 * @module
 * The network part of {@link DockerClient}: the Engine API's `/networks` operations, named after
 * their operationIds (`NetworkCreate` → `networkCreate`), with the Engine API's wire shapes.
 */
import type { FilterArgs } from '../network/filter-args.js';
import type { NetworkCreateRequest, NetworkCreateResponse } from '../network/create.js';
import type { NetworkPruneResponse } from '../network/prune.js';
import type { NetworkInspect } from '../network/record.js';
import type { NetworkConnectRequest, NetworkDisconnectRequest } from '../network/service.js';

/** Options of `networkList` and `networkPrune`. */
export interface NetworkFilterOptions {
  /** `--filter` values by filter name. */
  readonly filters?: FilterArgs;
}

/** Network operations of the Engine API. */
export interface NetworkApi {
  /** `GET /networks` (without endpoints). */
  networkList(options?: NetworkFilterOptions): Promise<NetworkInspect[]>;
  /** `GET /networks/{id}`: by id, name or id prefix, with its endpoints. */
  networkInspect(id: string): Promise<NetworkInspect>;
  /** `POST /networks/create`. */
  networkCreate(request: NetworkCreateRequest): Promise<NetworkCreateResponse>;
  /** `DELETE /networks/{id}`. */
  networkDelete(id: string): Promise<void>;
  /** `POST /networks/{id}/connect`. */
  networkConnect(id: string, request: NetworkConnectRequest): Promise<void>;
  /** `POST /networks/{id}/disconnect`. */
  networkDisconnect(id: string, request: NetworkDisconnectRequest): Promise<void>;
  /** `POST /networks/prune`. */
  networkPrune(options?: NetworkFilterOptions): Promise<NetworkPruneResponse>;
}
