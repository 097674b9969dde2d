/**
 * @module
 * The in-process network and volume operations of {@link DockerClient}: networks and volumes, called on the
 * daemon directly with the clock held (see ./context.ts).
 */
import type { FilterArgs } from '../../network/filter-args.js';
import type { NetworkConnectRequest, NetworkDisconnectRequest } from '../../network/service.js';
import type { NetworkCreateRequest, NetworkCreateResponse } from '../../network/create.js';
import type { NetworkFilterOptions } from '../network-api.js';
import type { NetworkInspect } from '../../network/record.js';
import type { NetworkPruneResponse } from '../../network/prune.js';
import type { Volume } from '../../volume/record.js';
import type { VolumeCreateRequest } from '../../volume/create.js';
import type { VolumeListResponse } from '../../volume/list.js';
import type { VolumePruneResponse } from '../../volume/prune.js';
import type { DockerClient } from '../docker-client.js';
import type { InProcessContext } from './context.js';

/** The network and volume operations of an in-process client. */
export type InProcessNetworkOperations = Pick<DockerClient, 'networkList' | 'networkInspect' | 'networkCreate' | 'networkDelete' | 'networkConnect' | 'networkDisconnect' | 'networkPrune' | 'volumeList' | 'volumeCreate' | 'volumeInspect' | 'volumeDelete' | 'volumePrune'>;

/** Binds the network and volume operations to a daemon. */
export function networkOperations(ctx: InProcessContext): InProcessNetworkOperations {
  return {
    networkList(options: NetworkFilterOptions = {}): Promise<NetworkInspect[]> {
      return ctx.call(() => ctx.daemon.networks.list(options.filters));
    },

    networkInspect(id: string): Promise<NetworkInspect> {
      return ctx.call(() => ctx.daemon.networks.inspect(id));
    },

    networkCreate(request: NetworkCreateRequest): Promise<NetworkCreateResponse> {
      return ctx.call(() => ctx.daemon.networks.create(request));
    },

    networkDelete(id: string): Promise<void> {
      return ctx.call(() => ctx.daemon.networks.remove(id));
    },

    networkConnect(id: string, request: NetworkConnectRequest): Promise<void> {
      return ctx.call(() => ctx.daemon.networks.connect(id, request));
    },

    networkDisconnect(id: string, request: NetworkDisconnectRequest): Promise<void> {
      return ctx.call(() => ctx.daemon.networks.disconnect(id, request));
    },

    networkPrune(options: NetworkFilterOptions = {}): Promise<NetworkPruneResponse> {
      return ctx.call(() => ctx.daemon.networks.prune(options.filters));
    },

    volumeList(options: { readonly filters?: FilterArgs } = {}): Promise<VolumeListResponse> {
      return ctx.call(() => ctx.daemon.volumes.list(options.filters));
    },

    volumeCreate(request: VolumeCreateRequest = {}): Promise<Volume> {
      return ctx.call(() => ctx.daemon.volumes.create(request));
    },

    volumeInspect(name: string): Promise<Volume> {
      return ctx.call(() => ctx.daemon.volumes.inspect(name));
    },

    volumeDelete(name: string, options: { readonly force?: boolean } = {}): Promise<void> {
      return ctx.call(() => ctx.daemon.volumes.remove(name, options.force ?? false));
    },

    volumePrune(options: { readonly filters?: FilterArgs } = {}): Promise<VolumePruneResponse> {
      return ctx.call(() => ctx.daemon.volumes.prune(options.filters));
    },
  };
}
